import { listQuoteRecordsOfArticle, updateQuoteCitationRow } from '../../../db/quotes';
import type { ArticleLifecycle, NoteLifecycle } from '../kernel/article-hooks';
import { refreshCitation } from './citation';
import type { CoreContext } from '../kernel/context';
import { createNoteHandlers, type NoteHandlers } from './note-handlers';
import { createQuoteHandlers, type QuoteHandlers } from './quote-handlers';
import { createTagHandlers, type TagHandlers } from './tag-handlers';

/** The research layer: tags, notes and quotes. */
export function createResearchHandlers(
  ctx: CoreContext,
  notes: NoteLifecycle,
): TagHandlers & NoteHandlers & QuoteHandlers {
  return { ...createTagHandlers(ctx), ...createNoteHandlers(ctx, notes), ...createQuoteHandlers(ctx) };
}

/**
 * What research does when an article's metadata is corrected, inside that transaction: its
 * quotes' citations take the corrected title, byline, outlet and date, so the Quote bank and
 * briefs cite what the reporter fixed.
 */
export function researchArticleLifecycle(ctx: CoreContext): ArticleLifecycle {
  return {
    onArticleEdited(id, article) {
      for (const quote of listQuoteRecordsOfArticle(ctx.db, id)) {
        updateQuoteCitationRow(ctx.db, quote.id, refreshCitation(quote.citation, article));
      }
    },
  };
}
