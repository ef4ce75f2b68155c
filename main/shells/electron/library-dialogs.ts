import { basename } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { isDossierError, toApiError } from '../../../preload/contract/errors';
import { logShell } from './log';

const LIBRARY_FILTERS = [
  { name: 'Dossier library', extensions: ['sqlite', 'db', 'dossier'] },
  { name: 'All files', extensions: ['*'] },
];

/** Lets the reporter pick a library file; null when they cancel. */
export async function chooseLibraryFile(parent: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Open Library',
    buttonLabel: 'Open Library',
    properties: ['openFile'],
    filters: LIBRARY_FILTERS,
  };
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Lets the reporter pick a backup to restore; null when they cancel. */
export async function chooseBackupFile(parent: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(parent, {
    title: 'Restore from Backup',
    buttonLabel: 'Choose Backup',
    properties: ['openFile'],
    filters: LIBRARY_FILTERS,
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** A message a reporter can act on, from whatever opening the library threw. */
export function describeOpenFailure(path: string, err: unknown): string {
  if (isDossierError(err)) return err.message;
  logShell(`opening ${path} failed`, err);
  return toApiError(err).message;
}

/**
 * Shown when a library cannot be opened at startup. Never a crash: the reporter chooses
 * another library or quits.
 */
export async function askAfterOpenFailure(path: string, err: unknown): Promise<'open-another' | 'quit'> {
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Dossier',
    message: `Dossier could not open the library “${basename(path)}”.`,
    detail: `${describeOpenFailure(path, err)}\n\n${path}`,
    buttons: ['Open Another Library…', 'Quit'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0 ? 'open-another' : 'quit';
}

/** Shown when switching libraries from the menu fails; the current library stays open. */
export async function showOpenFailure(parent: BrowserWindow, path: string, err: unknown): Promise<void> {
  await dialog.showMessageBox(parent, {
    type: 'error',
    message: `Dossier could not open the library “${basename(path)}”.`,
    detail: `${describeOpenFailure(path, err)}\n\nThe library you were working on is still open.`,
  });
}
