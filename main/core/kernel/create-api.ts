import type { DossierApi } from '../../../preload/api';
import type { CoreContext } from './context';
import { createLibraryHandlers } from '../library/article-handlers';
import { createImportHandlers } from '../import/handlers';
import { createSearchHandlers } from '../search/handlers';
import { createEntityHandlers } from '../entities/handlers';
import { createBriefHandlers } from '../export/brief-handlers';
import { createResearchHandlers } from '../research/handlers';
import { createBackupHandlers } from '../backup/backup-handlers';

/**
 * Builds the API implementation from each capability's handler map. Typed by the contract, so
 * a missing or misspelt method is a compile error.
 */
export function createApi(ctx: CoreContext): DossierApi {
  const api: DossierApi = {
    ...createLibraryHandlers(ctx),
    ...createImportHandlers(ctx),
    // Entities before search: its store hook writes the mentions that search indexing may read.
    ...createEntityHandlers(ctx),
    ...createSearchHandlers(ctx),
    ...createResearchHandlers(ctx),
    ...createBackupHandlers(ctx),
    // Briefs scoped by a query resolve it through the app's own search (whichever capability provides it).
    ...createBriefHandlers(ctx, { search: (args) => api.search(args) }),
  } satisfies DossierApi;
  return api;
}
