import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { DossierApi } from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import { backupLibrary } from './backup-library';

type BackupHandlers = Pick<DossierApi, 'backupLibrary'>;

/** The folder, beside the library file, where "Back up now" writes. */
export const BACKUP_FOLDER = 'backups';

/**
 * Where the next backup of `libraryPath` goes: `<library folder>/backups/<name>-<time>.sqlite`.
 * The core decides, never the caller, so a compromised page cannot aim a write anywhere.
 * Two backups in the same millisecond get `-2`, `-3`... rather than replacing each other.
 */
export function chooseBackupPath(libraryPath: string, nowIso: string): string {
  const stem = basename(libraryPath, extname(libraryPath));
  const stamp = nowIso.replace(/[:.]/g, '-');
  const folder = join(dirname(libraryPath), BACKUP_FOLDER);
  let candidate = join(folder, `${stem}-${stamp}.sqlite`);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${stem}-${stamp}-${n}.sqlite`);
  return candidate;
}

/** "Back up now": a consistent copy of the open library, written next to it. */
export function createBackupHandlers(ctx: CoreContext): BackupHandlers {
  return {
    async backupLibrary() {
      if (ctx.libraryPath === ':memory:') {
        throw new DossierError(
          'INVALID_INPUT',
          'This library lives only in memory, so there is no folder to back it up into.',
        );
      }
      const outcome = await backupLibrary(ctx.db, chooseBackupPath(ctx.libraryPath, ctx.now()));
      return { path: outcome.out, articles: outcome.articles, bytes: statSync(outcome.out).size };
    },
  };
}
