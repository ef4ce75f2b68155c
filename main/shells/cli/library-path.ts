import { homedir, platform } from 'node:os';
import { join } from 'node:path';

/**
 * The desktop app's default library: the OS's per-user app data folder, as Electron's
 * app.getPath('userData') resolves it for an app named "Dossier".
 */
export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = platform()): string {
  const home = homedir();
  if (os === 'darwin') return join(home, 'Library', 'Application Support', 'Dossier', 'library.sqlite');
  if (os === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Dossier', 'library.sqlite');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Dossier', 'library.sqlite');
}

/** --library beats $DOSSIER_LIBRARY beats the default. */
export function resolveLibraryPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return flag;
  if (env.DOSSIER_LIBRARY) return env.DOSSIER_LIBRARY;
  return defaultLibraryPath(env);
}
