import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backupDatabase, inspectLibraryFile } from '../../../db/backup';
import { DossierError } from '../../../preload/contract/errors';
import type { Db } from '../../../db/open';

export interface BackupOutcome {
  /** Absolute path of the backup file. */
  out: string;
  articles: number;
}

/**
 * Writes a consistent copy of the open library to `outPath` while the app keeps running (SQLite
 * online backup, one snapshot), checks the copy, then moves it into place, so `outPath` is
 * either the old file or a complete, verified backup and never half written.
 */
export async function backupLibrary(db: Db, outPath: string): Promise<BackupOutcome> {
  const out = resolve(outPath);
  if (db.name === out) throw new DossierError('INVALID_INPUT', 'A backup cannot overwrite the library it copies.');
  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    await backupDatabase(db, partial);
    const facts = inspectLibraryFile(partial);
    renameSync(partial, out);
    return { out, articles: facts.articles };
  } catch (err) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) {
      if (existsSync(partial + suffix)) rmSync(partial + suffix, { force: true });
    }
    throw err;
  }
}
