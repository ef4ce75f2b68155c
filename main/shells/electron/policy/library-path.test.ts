import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../../../../preload/contract/errors';
import { chooseLibraryPath, parseLibraryArg } from './library-path';

const base = { env: {}, userDataDir: resolve('/home/ana/.config/Dossier'), cwd: resolve('/home/ana/stories') };

describe('chooseLibraryPath', () => {
  it('uses --library first, resolved against the working folder', () => {
    const r = chooseLibraryPath({
      ...base,
      argv: ['/opt/dossier/dossier', '--library', 'gpu.sqlite'],
      env: { DOSSIER_LIBRARY: '/x/env.sqlite' },
    });
    expect(r).toEqual({ path: join(base.cwd, 'gpu.sqlite'), source: 'argument' });
    expect(chooseLibraryPath({ ...base, argv: ['--library=/data/a.sqlite'] }).path).toBe(resolve('/data/a.sqlite'));
  });

  it('then $DOSSIER_LIBRARY, then library.sqlite in the user data folder', () => {
    expect(chooseLibraryPath({ ...base, argv: [], env: { DOSSIER_LIBRARY: '/x/env.sqlite' } })).toEqual({
      path: resolve('/x/env.sqlite'),
      source: 'environment',
    });
    expect(chooseLibraryPath({ ...base, argv: [], env: { DOSSIER_LIBRARY: '  ' } }).source).toBe('default');
    expect(chooseLibraryPath({ ...base, argv: ['electron', '.'] })).toEqual({
      path: join(base.userDataDir, 'library.sqlite'),
      source: 'default',
    });
  });

  it('refuses a --library without a path instead of opening another library', () => {
    for (const argv of [['--library'], ['--library', '--inspect'], ['--library=']]) {
      let error: unknown;
      try {
        parseLibraryArg(argv);
      } catch (err) {
        error = err;
      }
      expect(isDossierError(error, 'INVALID_INPUT'), argv.join(' ')).toBe(true);
    }
  });
});
