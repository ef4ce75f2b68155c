import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreOpenLibrary } from '../../core';
import { LibrarySession } from './library-session';

let dir: string;
let session: LibrarySession;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-shell-restore-'));
  session = new LibrarySession();
});
afterEach(() => {
  session.closeCurrent();
  rmSync(dir, { recursive: true, force: true });
});

/** The same operations File > Restore from Backup… hands to the flow. */
const opsFor = (s: LibrarySession) => ({
  closeLibrary: () => s.closeCurrent(),
  openLibrary: (path: string) => {
    s.open(path, { demoIfNew: false });
  },
});

describe('restore through the desktop library session', () => {
  it('restores a backup into the open library and re-attaches the window to it', async () => {
    const libraryPath = join(dir, 'library.sqlite');
    const demo = session.open(join(dir, 'demo.sqlite'), { demoIfNew: true });
    const demoArticles = (await demo.api.getStats()).articles;
    expect(demoArticles).toBeGreaterThan(0);
    const { out } = await demo.host.backupTo({ out: join(dir, 'demo-backup.sqlite') });
    session.open(libraryPath, { demoIfNew: false });
    const attached: string[] = [];
    session.attach((core) => {
      attached.push(core.libraryPath);
      return () => attached.push('detached');
    });

    const result = await restoreOpenLibrary(opsFor(session), libraryPath, out);

    expect(result.ok).toBe(true);
    expect(session.current()?.libraryPath).toBe(libraryPath);
    expect((await session.current()!.api.getStats()).articles).toBe(demoArticles);
    expect(attached).toEqual([libraryPath, 'detached', libraryPath]);
  });

  it('keeps the same library open, unchanged, when the file is not a backup', async () => {
    const libraryPath = join(dir, 'library.sqlite');
    const before = session.open(libraryPath, { demoIfNew: true });
    const articles = (await before.api.getStats()).articles;
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'interview notes, not a library\n'.repeat(50));

    const result = await restoreOpenLibrary(opsFor(session), libraryPath, notes);

    expect(result).toMatchObject({ ok: false, error: { code: 'DB_NOT_A_LIBRARY' }, libraryOpen: true });
    expect(session.current()?.libraryPath).toBe(libraryPath);
    expect((await session.current()!.api.getStats()).articles).toBe(articles);
  });
});
