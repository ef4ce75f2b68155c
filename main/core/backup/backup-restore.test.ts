import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
  copyFileSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksumLibraryContent } from '../../../db/backup';
import { countEverything } from '../../../db/stats';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { backupLibrary } from './backup-library';
import { restoreLibrary } from './restore-library';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function addArticle(core: TestCore, n: number): void {
  const text = `Article number ${n} about export controls on accelerators, paragraph ${n * 7}.`;
  addTestArticle(core, {
    title: `Headline ${n}`,
    text,
    byline: 'A. Reporter',
    siteName: 'Example Times',
    publishedAt: `2025-01-${String((n % 28) + 1).padStart(2, '0')}`,
    url: `https://example.com/${n}`,
    excerpt: text.slice(0, 40),
    tags: n % 2 ? ['odd'] : ['even'],
    fileName: `a${n}.html`,
  });
}

function libraryWith(path: string, articles: number): TestCore {
  const core = openTestCore(path);
  for (let i = 1; i <= articles; i++) addArticle(core, i);
  return core;
}

function facts(path: string): { articles: number; checksum: string } {
  const core = openTestCore(path);
  try {
    return { articles: countEverything(core.db).articles, checksum: checksumLibraryContent(core.db) };
  } finally {
    core.close();
  }
}

describe('backup and restore', () => {
  it('backs up and restores into a fresh path with the same content', async () => {
    const core = libraryWith(join(dir, 'library.sqlite'), 20);
    const expected = { articles: 20, checksum: checksumLibraryContent(core.db) };
    const outcome = await backupLibrary(core.db, join(dir, 'backups', 'copy.sqlite'));
    core.close();
    expect(outcome.articles).toBe(20);

    const fresh = join(dir, 'elsewhere', 'restored.sqlite');
    const restored = await restoreLibrary(fresh, outcome.out);
    expect(restored).toMatchObject({ articles: 20, previous: null });
    expect(facts(fresh)).toEqual(expected);
  });

  it('takes a consistent backup while another connection keeps inserting', async () => {
    const path = join(dir, 'library.sqlite');
    const core = libraryWith(path, 30);
    const writer = openTestCore(path);
    let n = 1000;
    let stop = false;
    const loop = new Promise<void>((done) => {
      const tick = (): void => {
        if (stop) return done();
        addArticle(writer, n++);
        setImmediate(tick);
      };
      tick();
    });
    // let the loop run a little before and during the backup
    await new Promise((r) => setTimeout(r, 50));
    const outcome = await backupLibrary(core.db, join(dir, 'live.sqlite'));
    await new Promise((r) => setTimeout(r, 20));
    stop = true;
    await loop;
    expect(n).toBeGreaterThan(1001);

    const copy = facts(outcome.out);
    expect(copy.articles).toBe(outcome.articles);
    expect(copy.articles).toBeGreaterThanOrEqual(30);
    // every article in the snapshot is in the live library unchanged: compare the same ids
    const live = new Database(path, { readonly: true });
    const snap = new Database(outcome.out, { readonly: true });
    const ids = (snap.prepare('SELECT id FROM articles').all() as { id: number }[]).map((r) => r.id);
    const rowsOf = (db: Database.Database): unknown[] =>
      db
        .prepare(
          `SELECT a.id, a.title, a.text_hash, s.sha256 FROM articles a JOIN sources s ON s.id = a.source_id
                  WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`,
        )
        .all(JSON.stringify(ids));
    expect(rowsOf(snap)).toEqual(rowsOf(live));
    // and each snapshot article has its source and its tag: no half-stored article
    expect((snap.prepare('SELECT count(*) AS n FROM article_tags').get() as { n: number }).n).toBe(ids.length);
    live.close();
    snap.close();
    writer.close();
    core.close();
  });

  it('keeps the replaced library as a before-restore file', async () => {
    const path = join(dir, 'library.sqlite');
    const small = libraryWith(join(dir, 'small.sqlite'), 3);
    const backup = await backupLibrary(small.db, join(dir, 'small-backup.sqlite'));
    small.close();
    const current = libraryWith(path, 8);
    const before = checksumLibraryContent(current.db);
    current.close();

    const outcome = await restoreLibrary(path, backup.out, new Date('2026-01-02T03:04:05.000Z'));
    expect(outcome.previous).toBe(join(dir, 'library.before-restore-2026-01-02T03-04-05-000Z.sqlite'));
    expect(facts(path).articles).toBe(3);
    expect(facts(outcome.previous!)).toEqual({ articles: 8, checksum: before });
  });

  it('refuses to restore over a library another connection has open', async () => {
    const path = join(dir, 'library.sqlite');
    const backupSource = libraryWith(join(dir, 'b.sqlite'), 2);
    const backup = await backupLibrary(backupSource.db, join(dir, 'b-backup.sqlite'));
    backupSource.close();
    const open = libraryWith(path, 4);
    open.db.prepare('SELECT count(*) FROM articles').get();
    await expect(restoreLibrary(path, backup.out)).rejects.toMatchObject({ code: 'DB_LOCKED' });
    expect(countEverything(open.db).articles).toBe(4);
    open.close();
  });

  describe('refuses a bad file and changes nothing', () => {
    let path: string;
    let original: Buffer;
    let backupFile: string;

    beforeEach(async () => {
      path = join(dir, 'library.sqlite');
      const core = libraryWith(path, 5);
      backupFile = (await backupLibrary(core.db, join(dir, 'good.sqlite'))).out;
      core.close(); // closing the last connection folds the WAL into the file
      original = readFileSync(path);
    });

    const expectUnchanged = (): void => {
      expect(readFileSync(path).equals(original)).toBe(true);
      expect(readdirSync(dir).filter((f) => f.includes('before-restore') || f.includes('.tmp'))).toEqual([]);
    };

    it('a truncated backup: DB_CORRUPT', async () => {
      const truncated = join(dir, 'truncated.sqlite');
      copyFileSync(backupFile, truncated);
      truncateSync(truncated, Math.floor(statSync(truncated).size / 2));
      await expect(restoreLibrary(path, truncated)).rejects.toMatchObject({ code: 'DB_CORRUPT' });
      expectUnchanged();
    });

    it('a foreign SQLite database: DB_NOT_A_LIBRARY', async () => {
      const foreign = join(dir, 'foreign.sqlite');
      const db = new Database(foreign);
      db.exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO articles VALUES (1, 'x')");
      db.close();
      await expect(restoreLibrary(path, foreign)).rejects.toMatchObject({ code: 'DB_NOT_A_LIBRARY' });
      expectUnchanged();
    });

    it('a file that is not SQLite: DB_NOT_A_LIBRARY', async () => {
      const text = join(dir, 'notes.txt');
      writeFileSync(text, 'these are not the droids you are looking for\n'.repeat(100));
      await expect(restoreLibrary(path, text)).rejects.toMatchObject({ code: 'DB_NOT_A_LIBRARY' });
      expectUnchanged();
    });

    it('a library from a newer Dossier: DB_NEWER_THAN_APP', async () => {
      const newer = join(dir, 'newer.sqlite');
      copyFileSync(backupFile, newer);
      const db = new Database(newer);
      db.pragma('user_version = 999');
      db.close();
      await expect(restoreLibrary(path, newer)).rejects.toMatchObject({ code: 'DB_NEWER_THAN_APP' });
      expectUnchanged();
    });
  });
});
