import { app } from 'electron';
import { chooseLibraryPath, type LibraryPathChoice } from './policy/library-path';
import { askAfterOpenFailure, chooseLibraryFile } from './library-dialogs';
import type { LibrarySession } from './library-session';

/**
 * Opens the library chosen by `--library`, `$DOSSIER_LIBRARY` or the per-user default. The
 * demo articles go into a brand-new library only on the very first start (the default
 * library) or when asked with `--demo`, never into a file the reporter named for their work.
 * When opening fails, asks: another library, or quit. Resolves false when the reporter quits.
 */
export async function openStartupLibrary(session: LibrarySession, argv: readonly string[]): Promise<boolean> {
  let choice: LibraryPathChoice;
  try {
    choice = chooseLibraryPath({ argv, env: process.env, userDataDir: app.getPath('userData'), cwd: process.cwd() });
  } catch (err) {
    const answer = await askAfterOpenFailure('--library', err);
    if (answer === 'quit') return false;
    const picked = await chooseLibraryFile(null);
    if (picked === null) return false;
    choice = { path: picked, source: 'argument' };
  }

  let path = choice.path;
  let demoIfNew = choice.source === 'default' || argv.includes('--demo');
  for (;;) {
    try {
      session.open(path, { demoIfNew });
      return true;
    } catch (err) {
      if ((await askAfterOpenFailure(path, err)) === 'quit') return false;
      const picked = await chooseLibraryFile(null);
      if (picked !== null) {
        path = picked;
        demoIfNew = false;
      }
    }
  }
}
