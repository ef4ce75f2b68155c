import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDossierError } from '../preload/contract/errors';
import { LATEST_SCHEMA_VERSION } from './migrate';
import { openLibrary } from './open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (err) {
    expect(isDossierError(err), String(err)).toBe(true);
    expect((err as { code: string }).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

describe('openLibrary', () => {
  it('creates a new library at the latest schema, in WAL mode with foreign keys on', () => {
    const db = openLibrary(join(dir, 'new.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining([
        'articles',
        'sources',
        'tags',
        'entities',
        'entity_aliases',
        'mentions',
        'notes',
        'quotes',
        'saved_searches',
      ]),
    );
    db.close();
  });

  // An import writes each article in a savepoint; journals in temporary files made its writes 5-8x slower.
  it.skipIf(!existsSync('/proc/self/fd'))(
    'keeps a savepoint journal in memory, never in a temporary file (Linux: read from /proc/self/fd)',
    () => {
      const db = openLibrary(join(dir, 'journal.sqlite'));
      const deletedFiles = (): string[] =>
        readdirSync('/proc/self/fd')
          .map((fd) => {
            try {
              return readlinkSync(`/proc/self/fd/${fd}`);
            } catch {
              return '';
            }
          })
          .filter((target) => target.endsWith('(deleted)'));
      db.exec('CREATE TABLE scratch (x TEXT)');
      const insert = db.prepare('INSERT INTO scratch VALUES (?)');
      db.transaction(() => {
        for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
      })();
      const before = deletedFiles();
      let during: string[] = [];
      db.transaction(() => {
        // The nested transaction is a savepoint: the pages it changes (400 KB) are journaled first.
        db.transaction(() => {
          db.prepare("UPDATE scratch SET x = x || 'y'").run();
          during = deletedFiles();
        })();
      })();
      expect(during.filter((file) => !before.includes(file))).toEqual([]);
      db.close();
    },
  );

  it('reopens an existing library without changing its data', () => {
    const path = join(dir, 'lib.sqlite');
    const first = openLibrary(path);
    first.prepare("INSERT INTO tags (name, created_at) VALUES ('nvidia', '2024-01-01')").run();
    first.close();
    const again = openLibrary(path);
    expect(again.prepare('SELECT name FROM tags').all()).toEqual([{ name: 'nvidia' }]);
    again.close();
  });

  it('refuses a library from a newer schema with DB_NEWER_THAN_APP and leaves the file byte-identical', () => {
    const path = join(dir, 'future.sqlite');
    const db = openLibrary(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = readFileSync(path);
    expectCode(() => openLibrary(path), 'DB_NEWER_THAN_APP');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite, and one that is SQLite but not a Dossier library', () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'these are my notes, not a database');
    expectCode(() => openLibrary(text), 'DB_NOT_A_LIBRARY');

    const foreign = join(dir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const before = readFileSync(foreign);
    expectCode(() => openLibrary(foreign), 'DB_NOT_A_LIBRARY');
    expect(readFileSync(foreign).equals(before)).toBe(true);
  });

  it('reports a damaged library as DB_CORRUPT instead of crashing', () => {
    const path = join(dir, 'damaged.sqlite');
    const db = openLibrary(path);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    // Keep the SQLite header, destroy the rest of the first page (the schema).
    bytes.fill(0xab, 100, 4096);
    writeFileSync(path, bytes);
    expectCode(() => openLibrary(path), 'DB_CORRUPT');
  });

  it('reports a library locked by another writer as DB_LOCKED', () => {
    const path = join(dir, 'locked.sqlite');
    openLibrary(path).close();
    const holder = new Database(path);
    holder.pragma('journal_mode = DELETE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expectCode(() => openLibrary(path, { busyTimeoutMs: 50 }), 'DB_LOCKED');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
