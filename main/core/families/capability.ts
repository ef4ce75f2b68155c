import type { CoreContext } from '../kernel/context';
import type { ArticleLifecycle } from '../kernel/article-hooks';
import { backfillFamilies } from './backfill';
import { FamilyIndex } from './family-index';
import { createFamiliesHandlers } from './handlers';
import { familiesArticleLifecycle } from './lifecycle';

/** Families of near copies: the API, the article lifecycle, and the one-time backfill of an older library. */
export function createFamiliesCapability(ctx: CoreContext): {
  api: ReturnType<typeof createFamiliesHandlers>;
  lifecycle: ArticleLifecycle;
  index: FamilyIndex;
  /** Settles when the articles that predate families are fingerprinted (at once when there are none). */
  backfilled: Promise<number>;
} {
  const index = new FamilyIndex(ctx);
  // Deferred a turn, so the kernel installs the hooks and a shell subscribes to progress first.
  const backfilled = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => backfillFamilies(ctx, index))
    .catch((err: unknown) => {
      console.error('[dossier] computing families failed', err);
      return 0;
    });
  return { api: createFamiliesHandlers(ctx, index), lifecycle: familiesArticleLifecycle(index), index, backfilled };
}
