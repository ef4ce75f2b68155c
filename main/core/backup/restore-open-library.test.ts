import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksumLibraryContent } from '../../../db/backup';
import { DossierError } from '../../../preload/contract/errors';
import { countEverything } from '../../../db/stats';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { backupLibrary } from './backup-library';
import { restoreOpenLibrary, type OpenLibraryOps } from './restore-open-library';

const NOW = new Date('2026-05-06T07:08:09.010Z');

let dir: string;
let libraryPath: string;
/** Stands in for the desktop shell's library session: the one open core, and a log of what was done. */
let holder: { core: TestCore | null; steps: string[] };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-restore-flow-'));
  libraryPath = join(dir, 'library.sqlite');
  holder = { core: null, steps: [] };
});
afterEach(() => {
  holder.core?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ops: OpenLibraryOps = {
  closeLibrary() {
    holder.steps.push('close');
    holder.core?.close();
    holder.core = null;
  },
  openLibrary(path) {
    holder.steps.push('open');
    holder.core = openTestCore(path);
  },
};

function addArticles(core: TestCore, from: number, count: number): void {
  for (let n = from; n < from + count; n++) {
    const text = `Dispatch ${n}: the ministry's licence review of accelerator shipments, day ${n}.`;
    addTestArticle(core, {
      title: `Dispatch ${n}`,
      text,
      siteName: 'Example Wire',
      publishedAt: '2025-02-01',
      url: `https://example.org/d/${n}`,
      excerpt: text,
      fileName: `d${n}.html`,
    });
  }
}

/** Opens the working library with `count` articles, as the app holds it; returns its content checksum. */
function openWorkingLibrary(count: number): string {
  ops.openLibrary(libraryPath);
  addArticles(holder.core!, 1, count);
  holder.steps = [];
  return checksumLibraryContent(holder.core!.db);
}

async function makeBackup(name: string, count: number): Promise<string> {
  const other = openTestCore(join(dir, `${name}-source.sqlite`));
  addArticles(other, 100, count);
  const { out } = await backupLibrary(other.db, join(dir, `${name}.sqlite`));
  other.close();
  return out;
}

const openArticles = (): number => countEverything(holder.core!.db).articles;
const beforeRestoreFiles = (): string[] =>
  readdirSync(dir)
    .filter((f) => f.includes('before-restore'))
    .sort();

describe('restoreOpenLibrary', () => {
  it('restores a good backup, keeps the replaced library, and leaves the restored one open', async () => {
    const before = openWorkingLibrary(6);
    const backup = await makeBackup('good', 3);

    const result = await restoreOpenLibrary(ops, libraryPath, backup, { now: NOW });

    expect(result).toMatchObject({ ok: true, outcome: { articles: 3, restored: libraryPath } });
    expect(holder.steps).toEqual(['close', 'open']);
    expect(holder.core?.context.libraryPath).toBe(libraryPath);
    expect(openArticles()).toBe(3);
    expect(beforeRestoreFiles()).toEqual(['library.before-restore-2026-05-06T07-08-09-010Z.sqlite']);
    const kept = openTestCore(join(dir, beforeRestoreFiles()[0]!));
    expect(checksumLibraryContent(kept.db)).toBe(before);
    kept.close();
  });

  describe('a bad file changes nothing and the library is open again', () => {
    const expectUntouched = (result: unknown, code: string, before: string): void => {
      expect(result).toMatchObject({ ok: false, error: { code }, libraryOpen: true });
      expect(holder.steps).toEqual(['close', 'open']);
      expect(checksumLibraryContent(holder.core!.db)).toBe(before);
      expect(beforeRestoreFiles()).toEqual([]);
    };

    it('a truncated backup: DB_CORRUPT', async () => {
      const before = openWorkingLibrary(5);
      const truncated = join(dir, 'truncated.sqlite');
      copyFileSync(await makeBackup('good', 4), truncated);
      truncateSync(truncated, Math.floor(statSync(truncated).size / 2));
      expectUntouched(await restoreOpenLibrary(ops, libraryPath, truncated, { now: NOW }), 'DB_CORRUPT', before);
    });

    it('a file that is not a library: DB_NOT_A_LIBRARY', async () => {
      const before = openWorkingLibrary(5);
      const notes = join(dir, 'notes.txt');
      writeFileSync(notes, 'Call the press office back on Tuesday.\n'.repeat(200));
      expectUntouched(await restoreOpenLibrary(ops, libraryPath, notes, { now: NOW }), 'DB_NOT_A_LIBRARY', before);
    });

    it('a library from a newer Dossier: DB_NEWER_THAN_APP', async () => {
      const before = openWorkingLibrary(5);
      const newer = await makeBackup('newer', 2);
      const db = new Database(newer);
      db.pragma('user_version = 999');
      db.close();
      expectUntouched(await restoreOpenLibrary(ops, libraryPath, newer, { now: NOW }), 'DB_NEWER_THAN_APP', before);
    });

    it('a library another program has open: DB_LOCKED', async () => {
      const before = openWorkingLibrary(5);
      const backup = await makeBackup('good', 2);
      const otherProgram = new Database(libraryPath);
      otherProgram.prepare('SELECT count(*) FROM articles').get();
      try {
        expectUntouched(await restoreOpenLibrary(ops, libraryPath, backup, { now: NOW }), 'DB_LOCKED', before);
      } finally {
        otherProgram.close();
      }
    });
  });

  it('puts the previous library back when the restored one will not open', async () => {
    const before = openWorkingLibrary(6);
    const backup = await makeBackup('good', 2);
    let opens = 0;
    const failingOnce: OpenLibraryOps = {
      closeLibrary: ops.closeLibrary,
      openLibrary(path) {
        opens += 1;
        if (opens === 1) throw new DossierError('DB_CORRUPT', 'The restored library could not be opened.');
        ops.openLibrary(path);
      },
    };

    const result = await restoreOpenLibrary(failingOnce, libraryPath, backup, { now: NOW });

    expect(result).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' }, libraryOpen: true });
    expect(result.ok ? '' : result.error.message).toContain('put back');
    expect(checksumLibraryContent(holder.core!.db)).toBe(before);
    // the library as it was is still kept, and the restored copy that failed is kept beside it
    expect(beforeRestoreFiles()).toHaveLength(2);
    const kept = openTestCore(join(dir, 'library.before-restore-2026-05-06T07-08-09-010Z.sqlite'));
    expect(checksumLibraryContent(kept.db)).toBe(before);
    kept.close();
  });

  it('says when the library could not be opened again', async () => {
    openWorkingLibrary(1);
    const neverOpens: OpenLibraryOps = {
      closeLibrary: ops.closeLibrary,
      openLibrary() {
        throw new DossierError('DB_LOCKED', 'Locked.');
      },
    };
    const result = await restoreOpenLibrary(neverOpens, libraryPath, join(dir, 'missing.sqlite'), { now: NOW });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' }, libraryOpen: false });
  });
});
