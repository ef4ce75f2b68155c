import { resolve } from 'node:path';
import type { DossierApi } from '../../../preload/api';
import { openLibrary, type Db } from '../../../db/open';
import { createContext, type CoreContext } from './context';
import { createApi } from './create-api';

export interface Core {
  ctx: CoreContext;
  api: DossierApi;
  close(): void;
}

/** Opens a library and builds the core on it: the one entry point for every shell. */
export function openCore(libraryPath: string, options: { now?: () => string } = {}): Core {
  const path = libraryPath === ':memory:' ? libraryPath : resolve(libraryPath);
  const db: Db = openLibrary(path);
  const ctx = createContext(db, path, options);
  const api = createApi(ctx);
  return {
    ctx,
    api,
    close() {
      if (db.open) db.close();
    },
  };
}
