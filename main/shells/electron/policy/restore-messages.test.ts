import { describe, expect, it } from 'vitest';
import { describeRestoreConfirmation, describeRestoreResult } from './restore-messages';

describe('restore messages', () => {
  it('the confirmation names the library, the backup and the exact file the library is kept as', () => {
    const text = describeRestoreConfirmation({
      libraryPath: '/home/ana/Dossier/library.sqlite',
      backupPath: '/media/usb/library-2026-05-01.sqlite',
      keptAs: '/home/ana/Dossier/library.before-restore-2026-11-29T01-00-00-000Z.sqlite',
    });
    expect(text.message).toBe('Replace the library “library.sqlite” with the backup “library-2026-05-01.sqlite”?');
    expect(text.detail).toContain('/home/ana/Dossier/library.before-restore-2026-11-29T01-00-00-000Z.sqlite');
    expect(text.detail).toContain('Backup: /media/usb/library-2026-05-01.sqlite');
    expect(text.detail).toMatch(/nothing changes/);
  });

  it('after a restore: the count, where it came from, and where the old library is', () => {
    const text = describeRestoreResult(
      {
        ok: true,
        outcome: {
          restored: '/lib/library.sqlite',
          from: '/b/copy.sqlite',
          articles: 1,
          previous: '/lib/library.before-restore-x.sqlite',
        },
      },
      '/lib/library.sqlite',
    );
    expect(text.type).toBe('info');
    expect(text.detail).toContain('1 article from\n/b/copy.sqlite');
    expect(text.detail).toContain('/lib/library.before-restore-x.sqlite');
  });

  it('after a refused backup: the reason, and that the library is unchanged and open', () => {
    const text = describeRestoreResult(
      {
        ok: false,
        error: {
          code: 'DB_CORRUPT',
          message: 'This library file is damaged or truncated and cannot be restored. Nothing was changed.',
        },
        libraryOpen: true,
      },
      '/lib/library.sqlite',
    );
    expect(text).toMatchObject({ type: 'error', message: 'The backup was not restored.' });
    expect(text.detail).toContain('damaged or truncated');
    expect(text.detail).toContain('Choose another backup file.');
    expect(text.detail).toContain('Your library is unchanged and still open.');
  });

  it('says so when the library could not be opened again', () => {
    const text = describeRestoreResult(
      { ok: false, error: { code: 'DB_LOCKED', message: 'Locked by another program.' }, libraryOpen: false },
      '/lib/library.sqlite',
    );
    expect(text.detail).toContain('Locked by another program.');
    expect(text.detail).toContain('could not open the library again (/lib/library.sqlite)');
    expect(text.detail).not.toContain('unchanged and still open');
  });
});
