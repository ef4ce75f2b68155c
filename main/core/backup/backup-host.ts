import { resolve } from 'node:path';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import type { HostApi } from '../kernel/host-api';
import { requireString } from '../kernel/validate';
import { backupLibrary } from './backup-library';

/** Backing up to a path the shell chose (the CLI's --out, the desktop's save dialog). */
export function createBackupHost(ctx: CoreContext): Pick<HostApi, 'backupTo'> {
  return {
    async backupTo(args) {
      const out = resolve(requireString(args?.out, 'out', 4096));
      if (ctx.libraryPath !== ':memory:' && out === ctx.libraryPath) {
        throw new DossierError('INVALID_INPUT', 'A backup cannot be written over the library it copies.');
      }
      return backupLibrary(ctx.db, out);
    },
  };
}
