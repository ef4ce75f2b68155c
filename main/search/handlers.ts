import type { DossierApi } from '../../preload/api';
import { DossierError } from '../../db/errors';
import type { CoreContext } from '../core/context';

// PLACEHOLDER owned by the search capability (issue 4); replaced by the real search.
export function createSearchHandlers(_ctx: CoreContext): Pick<DossierApi, 'search'> {
  return {
    async search() {
      throw new DossierError('INVALID_INPUT', 'Search is not available in this build yet.');
    },
  };
}
