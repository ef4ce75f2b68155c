import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { backupLibraryFileExclusively, inspectLibraryFile } from '../../../db/backup';
import { DossierError } from '../../../preload/contract/errors';

export interface RestoreOutcome {
  /** The library path that now holds the restored content. */
  restored: string;
  /** The backup file that was restored. */
  from: string;
  articles: number;
  /** Where the replaced library was kept, or null when there was none. */
  previous: string | null;
}

/**
 * Replaces the library at `libraryPath` with the backup `backupPath`, after checking the backup
 * (integrity, schema version, that it is a Dossier library). The replaced library is kept as
 * `<library>.before-restore-<timestamp>.sqlite`; the swap is one rename, so a failure at any
 * point leaves the library as it was. The library must not be open in this process.
 */
export async function restoreLibrary(
  libraryPath: string,
  backupPath: string,
  now: Date = new Date(),
): Promise<RestoreOutcome> {
  const library = resolve(libraryPath);
  const from = resolve(backupPath);
  if (!existsSync(from) || !statSync(from).isFile())
    throw new DossierError('NOT_FOUND', `There is no backup file at ${from}.`);
  if (from === library) throw new DossierError('INVALID_INPUT', 'The backup file is the library itself.');

  mkdirSync(dirname(library), { recursive: true });
  // Check a private copy next to the library: the user's file is never written, what was
  // checked is exactly what goes into place, and the final rename stays on one file system.
  const staged = `${library}.restore-${process.pid}.tmp`;
  removeWithSidecars(staged);
  try {
    copyFileSync(from, staged);
    const facts = inspectLibraryFile(staged);
    const previous = existsSync(library) && statSync(library).size > 0 ? await keepPreviousLibrary(library, now) : null;
    removeWithSidecars(library, { keepMain: true });
    renameSync(staged, library);
    return { restored: library, from, articles: facts.articles, previous };
  } finally {
    removeWithSidecars(staged);
  }
}

/** Where a restore at `now` keeps the library it replaces: `<library>.before-restore-<time>.sqlite`. */
export function describeBeforeRestorePath(libraryPath: string, now: Date): string {
  const library = resolve(libraryPath);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const stem = basename(library, extname(library));
  return join(dirname(library), `${stem}.before-restore-${stamp}.sqlite`);
}

/** Copies the current library (its WAL included) to the before-restore file, with the online backup API. */
async function keepPreviousLibrary(library: string, now: Date): Promise<string> {
  const previous = describeBeforeRestorePath(library, now);
  await backupLibraryFileExclusively(library, previous);
  return previous;
}

/** Removes a SQLite file's -wal/-shm/-journal (a stale WAL beside a new file would corrupt it). */
function removeWithSidecars(path: string, options: { keepMain?: boolean } = {}): void {
  const suffixes = options.keepMain ? ['-wal', '-shm', '-journal'] : ['', '-wal', '-shm', '-journal'];
  for (const suffix of suffixes) rmSync(path + suffix, { force: true });
}
