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

const engines = new WeakMap<CoreContext, EntityEngine>();

/** The entity engine of an open core (tests and benchmarks wait on its re-scans). */
export function getEntityEngine(ctx: CoreContext): EntityEngine | undefined {
  return engines.get(ctx);
}

/**
 * The entities capability: seeds the shipped registry into a new library, finds mentions (and
 * checks watch lists) in every stored article inside its transaction, and finishes any re-scan
 * a previous session left half done.
 */
export function createEntityHandlers(ctx: CoreContext): EntityHandlers {
  const engine = new EntityEngine(ctx);
  engines.set(ctx, engine);
  seedRegistryIfEmpty(ctx, engine);
  ctx.afterArticleStored.push((id, article) => {
    engine.scanArticle(id, article.text, article.language);
    applyWatchlistsToArticle(ctx.db, id, article.title, article.text);
  });
  engine.requestRescan();
  return {
    ...createRegistryHandlers(ctx, engine),
    ...createSuggestionHandlers(ctx, engine),
    ...createWatchlistHandlers(ctx),
  };
}
