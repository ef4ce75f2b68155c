import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import {
  backupFromMenu,
  exportFromMenu,
  importFromMenu,
  openLibraryFromMenu,
  showLibraryFile,
  type MenuContext,
} from './menu-actions';
import { logShell } from './log';
import { restoreFromMenu } from './restore-action';

/** Runs a menu action without letting a rejected promise go unnoticed. */
function run(action: () => Promise<void> | void): () => void {
  return () => {
    Promise.resolve()
      .then(action)
      .catch((err: unknown) => logShell('a menu command failed', err));
  };
}

/** Builds and installs the application menu: File (Dossier's commands), Edit, View, Window. */
export function setupMenu(menu: MenuContext): void {
  const isMac = process.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: run(() => importFromMenu(menu, 'files')) },
      { label: 'Import Folder…', click: run(() => importFromMenu(menu, 'folder')) },
      { type: 'separator' },
      { label: 'Export Brief…', accelerator: 'CmdOrCtrl+E', click: run(() => exportFromMenu(menu)) },
      { type: 'separator' },
      { label: 'Open Library…', accelerator: 'CmdOrCtrl+Shift+O', click: run(() => openLibraryFromMenu(menu)) },
      { label: 'Back Up Library…', click: run(() => backupFromMenu(menu)) },
      { label: 'Restore from Backup…', click: run(() => restoreFromMenu(menu)) },
      { label: 'Show Library File', click: run(() => showLibraryFile(menu)) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.name, role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
