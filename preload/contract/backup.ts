/** Backups of the library file. */

import { listKeys } from './key-list';

/** A backup the app wrote next to the library (`<library folder>/backups/`). */
export interface LibraryBackup {
  /** Absolute path of the backup file. */
  path: string;
  articles: number;
  bytes: number;
}

export interface BackupApi {
  /**
   * Writes a consistent copy of the library to `<library folder>/backups/<name>-<time>.sqlite`.
   * The place is fixed by the core, never chosen by the caller: a page must not pick where files
   * are written. (The desktop menu's Back Up Library… asks for a place with a save dialog.)
   */
  backupLibrary(): Promise<LibraryBackup>;
}

export const BACKUP_METHODS = listKeys<BackupApi>({ backupLibrary: true });
