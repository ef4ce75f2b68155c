import type { DossierApi } from '../../preload/api';
import { DossierError } from '../../db/errors';
import type { CoreContext } from '../core/context';

type ImportHandlers = Pick<DossierApi, 'importPaths' | 'importUploads' | 'cancelImport'>;

// PLACEHOLDER owned by the import capability (issue 3); replaced by the real importer.
export function createImportHandlers(_ctx: CoreContext): ImportHandlers {
  const unavailable = async (): Promise<never> => {
    throw new DossierError('UNSUPPORTED_FORMAT', 'Import is not available in this build yet.');
  };
  return { importPaths: unavailable, importUploads: unavailable, cancelImport: unavailable };
}
