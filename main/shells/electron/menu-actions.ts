import { basename, join } from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { dispatch } from '../../core';
import { describeOpenFailure, chooseLibraryFile, showOpenFailure } from './library-dialogs';
import type { LibrarySession } from './library-session';
import { sendToWindow } from './window-events';
import { logShell } from './log';

/** What the menu acts on: the open library and the window. */
export interface MenuContext {
  session: LibrarySession;
  getWindow(): BrowserWindow | null;
  /** True while an import is storing files into the open library (a restore must wait). */
  isImporting(): boolean;
}

const IMPORT_EXTENSIONS = ['html', 'htm', 'mhtml', 'mht', 'pdf', 'docx', 'eml', 'txt', 'md', 'markdown'];

/** The window title: the app and the library file it works on. */
export function describeWindowTitle(session: LibrarySession): string {
  const core = session.current();
  return core === null ? 'Dossier' : `Dossier — ${basename(core.libraryPath)}`;
}

/** File > Import Files… / Import Folder…: imports by path; the page follows the progress events. */
export async function importFromMenu(menu: MenuContext, what: 'files' | 'folder'): Promise<void> {
  const win = menu.getWindow();
  const core = menu.session.current();
  if (win === null || core === null) return;
  // The reporter spends seconds in the picker: time for the parser threads to start. A warm-up
  // that fails costs only that head start, so its outcome is not awaited or shown.
  core.api.prepareImport().catch(() => undefined);
  const result = await dialog.showOpenDialog(win, {
    title: what === 'files' ? 'Import Files' : 'Import a Folder',
    buttonLabel: 'Import',
    properties: what === 'files' ? ['openFile', 'multiSelections'] : ['openDirectory', 'multiSelections'],
    ...(what === 'files'
      ? {
          filters: [
            { name: 'Articles', extensions: IMPORT_EXTENSIONS },
            { name: 'All files', extensions: ['*'] },
          ],
        }
      : {}),
  });
  if (result.canceled || result.filePaths.length === 0) return;
  sendToWindow(win, 'app:command', { command: 'import' });
  const outcome = await dispatch(core.api, 'importPaths', { paths: result.filePaths }, logShell);
  if (!outcome.ok && !win.isDestroyed()) {
    await dialog.showMessageBox(win, {
      type: 'error',
      message: 'The import did not run.',
      detail: outcome.error.message,
    });
  }
}

/** File > Open Library…: switches to another library file and reloads the page on it. */
export async function openLibraryFromMenu(menu: MenuContext): Promise<void> {
  const win = menu.getWindow();
  if (win === null) return;
  const path = await chooseLibraryFile(win);
  if (path === null) return;
  sendToWindow(win, 'app:command', { command: 'open-library' });
  try {
    menu.session.open(path, { demoIfNew: false });
  } catch (err) {
    await showOpenFailure(win, path, err);
    return;
  }
  if (win.isDestroyed()) return;
  win.setTitle(describeWindowTitle(menu.session));
  win.webContents.reload();
}

/** File > Export Brief…: the page owns the export view. */
export function exportFromMenu(menu: MenuContext): void {
  sendToWindow(menu.getWindow(), 'app:command', { command: 'export' });
}

/** File > Back Up Library…: a consistent copy of the open library, made while it stays open. */
export async function backupFromMenu(menu: MenuContext): Promise<void> {
  const win = menu.getWindow();
  const core = menu.session.current();
  if (win === null || core === null) return;
  const day = new Date().toISOString().slice(0, 10);
  const result = await dialog.showSaveDialog(win, {
    title: 'Back Up Library',
    buttonLabel: 'Back Up',
    defaultPath: join(app.getPath('documents'), `${basename(core.libraryPath, '.sqlite')}-backup-${day}.sqlite`),
    filters: [{ name: 'Dossier library', extensions: ['sqlite'] }],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') return;
  sendToWindow(win, 'app:command', { command: 'backup' });
  try {
    const outcome = await core.host.backupTo({ out: result.filePath });
    await dialog.showMessageBox(win, {
      type: 'info',
      message: 'The library was backed up.',
      detail: `${outcome.articles} articles were copied to\n${outcome.out}\n\nOpen it with File > Open Library… to check it, or keep it somewhere safe.`,
    });
  } catch (err) {
    await dialog.showMessageBox(win, {
      type: 'error',
      message: 'The backup failed.',
      detail: describeOpenFailure(result.filePath, err),
    });
  }
}

/** File > Show Library File: reveals the library in the file manager (to copy or back it up). */
export function showLibraryFile(menu: MenuContext): void {
  const core = menu.session.current();
  if (core !== null && core.libraryPath !== ':memory:') shell.showItemInFolder(core.libraryPath);
}
