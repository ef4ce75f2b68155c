import type { DossierApi } from '../../preload/api';
import type { CoreContext } from './context';
import { createLibraryHandlers } from '../library/article-handlers';
import { createImportHandlers } from '../import/handlers';
import { createSearchHandlers } from '../search/handlers';

/**
 * Builds the API implementation from each capability's handler map. Typed by the contract, so
 * a missing or misspelt method is a compile error.
 */
export function createApi(ctx: CoreContext): DossierApi {
  return {
    ...createLibraryHandlers(ctx),
    ...createImportHandlers(ctx),
    ...createSearchHandlers(ctx),
  } satisfies DossierApi;
}
