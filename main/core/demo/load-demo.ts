import type { ArticleId } from '../../../preload/api';
import { insertNote } from '../../../db/notes';
import type { CoreContext } from '../kernel/context';
import { storeArticle } from '../library/store-article';
import { DEMO_ARTICLES } from './demo-articles';
import type { DemoArticle, DemoNote } from './demo-article';
import { DEMO_NOTES } from './notes';
import { toArticleToStore } from './render-demo-article';
import { writeTransaction } from '../../../db/write-transaction';

export interface DemoLoadResult {
  /** Demo articles newly stored by this call (0 when the library already holds them all). */
  articles: number;
  /** Notes newly written by this call. */
  notes: number;
}

/**
 * Loads the built-in demo library: original short articles about the US–China GPU export-control
 * story, with tags and reporter notes. Idempotent: storeArticle() skips articles already present,
 * and a note is written only when its article was stored by this call. The free-standing story
 * note is written only when the whole demo set was stored by this call (a fresh demo load), so
 * re-running after deleting one demo article does not duplicate it. All in one transaction, so a
 * failure leaves the library as it was.
 */
export function loadDemoLibrary(
  ctx: CoreContext,
  content: { articles: readonly DemoArticle[]; notes: readonly DemoNote[] } = {
    articles: DEMO_ARTICLES,
    notes: DEMO_NOTES,
  },
): DemoLoadResult {
  const result = writeTransaction(ctx.db, (): DemoLoadResult => {
    const stored = new Map<string, ArticleId>();
    for (const article of content.articles) {
      const outcome = storeArticle(ctx, toArticleToStore(article));
      if (outcome.status === 'imported') stored.set(article.slug, outcome.id);
    }
    const freshLoad = content.articles.length > 0 && stored.size === content.articles.length;
    let notes = 0;
    const now = ctx.now();
    for (const note of content.notes) {
      const articleId = note.articleSlug === null ? null : stored.get(note.articleSlug);
      if (articleId === undefined || (articleId === null && !freshLoad)) continue;
      insertNote(ctx.db, { articleId, body: note.body, now });
      notes += 1;
    }
    return { articles: stored.size, notes };
  });
  if (result.articles > 0) ctx.events.emit('library:changed', { reason: 'demo-loaded' });
  return result;
}
