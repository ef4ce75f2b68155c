import type { ArticleLifecycle } from '../kernel/article-hooks';
import type { CoreContext } from '../kernel/context';
import { EntityEngine } from './entity-engine';
import { createRegistryHandlers } from './registry-handlers';
import { seedRegistryIfEmpty } from './seed-registry';
import { createSuggestionHandlers } from './suggestion-handlers';
import { createWatchlistHandlers } from './watchlist-handlers';
import { applyWatchlistsToArticle } from './watchlists';

type EntityHandlers = ReturnType<typeof createRegistryHandlers> &
  ReturnType<typeof createSuggestionHandlers> &
  ReturnType<typeof createWatchlistHandlers>;

/** The entities capability of one open core: its handlers, its engine and its article hook. */
export interface EntitiesCapability {
  api: EntityHandlers;
  engine: EntityEngine;
  lifecycle: ArticleLifecycle;
}

/**
 * The entities capability: seeds the shipped registry into a new library, finds mentions (and
 * checks watch lists) in every stored article inside its transaction, and finishes any re-scan
 * a previous session left half done.
 */
export function createEntitiesCapability(ctx: CoreContext): EntitiesCapability {
  const engine = new EntityEngine(ctx);
  seedRegistryIfEmpty(ctx, engine);
  engine.requestRescan();
  // Other capabilities that write the registry (an import making senders person entities) say so
  // with this event; the re-scan finds their aliases in the texts already stored.
  ctx.events.on('library:changed', ({ reason }) => {
    if (reason === 'entities-changed') engine.requestRescan();
  });
  return {
    engine,
    lifecycle: {
      onArticleStored(id, article, prepared) {
        engine.scanArticle(id, article.text, article.language, prepared?.entities);
        applyWatchlistsToArticle(ctx.db, id, article.title, article.text);
      },
      // A corrected title may now match a watch list's words.
      onArticleEdited(id, article) {
        applyWatchlistsToArticle(ctx.db, id, article.title, article.text);
      },
      // OCR read more of a scan: its mentions are found again in the whole new text.
      onArticleTextReplaced(id, article) {
        engine.scanArticle(id, article.text, article.language);
        applyWatchlistsToArticle(ctx.db, id, article.title, article.text);
      },
    },
    api: {
      ...createRegistryHandlers(ctx, engine),
      ...createSuggestionHandlers(ctx, engine),
      ...createWatchlistHandlers(ctx),
    },
  };
}
