import type { ApiError } from '../../../preload/api';
import { toApiError } from '../../../preload/contract/errors';
import { restoreLibrary, type RestoreOutcome } from './restore-library';

/** What the restore needs from whoever holds the library open (the desktop shell's session). */
export interface OpenLibraryOps {
  /** Closes the open library and everything tied to it, so its file can be replaced. */
  closeLibrary(): void;
  /** Opens the library file at `path` and makes it current; throws when it cannot. */
  openLibrary(path: string): void;
}

export type RestoreFlowResult =
  | { ok: true; outcome: RestoreOutcome }
  | {
      ok: false;
      /** Why the restore did not happen (DB_CORRUPT, DB_NOT_A_LIBRARY, DB_NEWER_THAN_APP, DB_LOCKED...). */
      error: ApiError;
      /** False only when the library could not be opened again afterwards: the window has nothing to show. */
      libraryOpen: boolean;
    };

export interface RestoreFlowOptions {
  now?: Date;
  /** Where unexpected errors go (they reach the user only as a short message). */
  log?: (message: string, err?: unknown) => void;
}

/**
 * Restores a backup over the library that is open in this process: close it (restore refuses a
 * library with open connections), restore (which checks the backup first and keeps the replaced
 * library as `<library>.before-restore-<time>.sqlite`), then open the library again. A bad
 * backup changes nothing and the same library is reopened. If the restored file then fails to
 * open (a migration that fails, say), the kept library is put back and reopened, so the
 * reporter is never left without the library they had. Never throws.
 */
export async function restoreOpenLibrary(
  ops: OpenLibraryOps,
  libraryPath: string,
  backupPath: string,
  options: RestoreFlowOptions = {},
): Promise<RestoreFlowResult> {
  const log = options.log ?? (() => undefined);
  ops.closeLibrary();
  let outcome: RestoreOutcome;
  try {
    outcome = await restoreLibrary(libraryPath, backupPath, options.now);
  } catch (err) {
    log(`restoring ${backupPath} failed`, err);
    return { ok: false, error: toApiError(err), libraryOpen: reopen(ops, libraryPath, log) };
  }
  try {
    ops.openLibrary(libraryPath);
    return { ok: true, outcome };
  } catch (err) {
    log(`the restored library ${libraryPath} did not open`, err);
    const error = toApiError(err);
    if (outcome.previous === null) return { ok: false, error, libraryOpen: false };
    try {
      // A later stamp, so the copy of the file that failed is kept under a new name instead of
      // overwriting the very file being put back.
      const later = new Date((options.now ?? new Date()).getTime() + 1000);
      await restoreLibrary(libraryPath, outcome.previous, later);
    } catch (undoErr) {
      log(`putting ${outcome.previous} back failed`, undoErr);
      return { ok: false, error, libraryOpen: false };
    }
    return {
      ok: false,
      error: { code: error.code, message: `${error.message} The library you had before was put back.` },
      libraryOpen: reopen(ops, libraryPath, log),
    };
  }
}

function reopen(ops: OpenLibraryOps, libraryPath: string, log: (message: string, err?: unknown) => void): boolean {
  try {
    ops.openLibrary(libraryPath);
    return true;
  } catch (err) {
    log(`reopening ${libraryPath} failed`, err);
    return false;
  }
}
