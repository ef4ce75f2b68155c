import type { NoteLifecycle } from '../kernel/article-hooks';
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
