import { isAbsolute, join, resolve } from 'node:path';
import { DossierError } from '../../../../preload/contract/errors';

export type LibraryPathSource = 'argument' | 'environment' | 'default';

export interface LibraryPathChoice {
  /** Absolute path of the library file. */
  path: string;
  source: LibraryPathSource;
}

export interface LibraryPathInputs {
  /** The process (or second instance's) command line. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's per-user data folder. */
  userDataDir: string;
  /** The folder relative paths are read from. */
  cwd: string;
}

/** The file name of the library in the per-user data folder. */
export const DEFAULT_LIBRARY_FILE = 'library.sqlite';

/**
 * Finds `--library PATH` or `--library=PATH` in a command line. Returns undefined when the
 * flag is absent; a flag without a value is an error rather than a silent fall back to
 * another library.
 */
export function parseLibraryArg(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--library') {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new DossierError(
          'INVALID_INPUT',
          '--library needs the path of a library file, e.g. --library ~/dossier/story.sqlite',
        );
      }
      found = value;
      i += 1;
    } else if (arg?.startsWith('--library=')) {
      const value = arg.slice('--library='.length);
      if (value === '') throw new DossierError('INVALID_INPUT', '--library= needs the path of a library file.');
      found = value;
    }
  }
  return found;
}

/**
 * Chooses the library: `--library` first, then `$DOSSIER_LIBRARY`, then `library.sqlite` in the
 * per-user data folder. Relative paths are resolved against `cwd`.
 */
export function chooseLibraryPath(inputs: LibraryPathInputs): LibraryPathChoice {
  const fromArg = parseLibraryArg(inputs.argv);
  if (fromArg !== undefined) return { path: absolute(fromArg, inputs.cwd), source: 'argument' };
  const fromEnv = inputs.env['DOSSIER_LIBRARY'];
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    return { path: absolute(fromEnv, inputs.cwd), source: 'environment' };
  return { path: join(inputs.userDataDir, DEFAULT_LIBRARY_FILE), source: 'default' };
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? resolve(path) : resolve(cwd, path);
}
