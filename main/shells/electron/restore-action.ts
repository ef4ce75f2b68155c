import { dialog, type BrowserWindow } from 'electron';
import { restoreOpenLibrary } from '../../core';
import { describeBeforeRestorePath } from '../../core';
import { chooseBackupFile } from './library-dialogs';
import { describeWindowTitle, type MenuContext } from './menu-actions';
import { describeRestoreConfirmation, describeRestoreResult } from './policy/restore-messages';
import { sendToWindow } from './window-events';
import { logShell } from './log';

/** One restore at a time: a second click while one runs would close the library under it. */
let restoring = false;

/**
 * File > Restore from Backup…: pick a backup, confirm (naming the file the current library is
 * kept as), then close the library, restore, reopen and reload the window. The sequencing and
 * every failure path live in restoreOpenLibrary (tested in plain Node); a refused backup leaves
 * the library unchanged and open, and the page as it was.
 */
export async function restoreFromMenu(menu: MenuContext): Promise<void> {
  if (restoring) return;
  restoring = true;
  try {
    await runRestore(menu);
  } finally {
    restoring = false;
  }
}

async function runRestore(menu: MenuContext): Promise<void> {
  const win = menu.getWindow();
  const core = menu.session.current();
  if (win === null || core === null || core.libraryPath === ':memory:') return;
  const libraryPath = core.libraryPath;
  if (await refuseWhileImporting(menu, win)) return;
  const backupPath = await chooseBackupFile(win);
  if (backupPath === null || win.isDestroyed()) return;

  // The same instant names the kept file in the confirmation and on disk.
  const now = new Date();
  const confirmation = describeRestoreConfirmation({
    libraryPath,
    backupPath,
    keptAs: describeBeforeRestorePath(libraryPath, now),
  });
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    title: 'Restore from Backup',
    ...confirmation,
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  // The reporter may have switched libraries while the dialogs were up: restore only over the one confirmed.
  if (response !== 0 || menu.session.current()?.libraryPath !== libraryPath) return;
  if (await refuseWhileImporting(menu, win)) return;

  sendToWindow(win, 'app:command', { command: 'restore' });
  const result = await restoreOpenLibrary(
    {
      closeLibrary: () => menu.session.closeCurrent(),
      openLibrary: (path) => {
        menu.session.open(path, { demoIfNew: false });
      },
    },
    libraryPath,
    backupPath,
    { now, log: logShell },
  );
  if (win.isDestroyed()) return;
  win.setTitle(describeWindowTitle(menu.session));
  // Only a library that changed needs a fresh page; after a refusal the page's data is still right.
  if (result.ok) win.webContents.reload();
  const { type, message, detail } = describeRestoreResult(result, libraryPath);
  await dialog.showMessageBox(win, { type, title: 'Restore from Backup', message, detail });
}

/** Closing the library would fail every file an import is still storing: say so and stop. */
async function refuseWhileImporting(menu: MenuContext, win: BrowserWindow): Promise<boolean> {
  if (!menu.isImporting()) return false;
  await dialog.showMessageBox(win, {
    type: 'info',
    title: 'Restore from Backup',
    message: 'An import is still running.',
    detail:
      'Restoring closes the library, which would stop the files still being stored. Wait for the import to finish (or cancel it), then restore.',
  });
  return true;
}
