import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';

/** A schema-3 library with two indexed articles, an unindexed one, an indexed note and an unindexed one. */
function openV4Library(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 4));
  const article = (id: number, text: string, language: string): void => {
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (?, ?, ?, 3, x'010203', ?)",
    ).run(id, `sha-${id}`, `${id}.html`, now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, language, created_at, updated_at)
       VALUES (?, ?, 'Chips', '<p>x</p>', ?, 4, 'html', ?, ?, ?, ?)`,
    ).run(id, id, text, `hash-${id}`, language, now, now);
  };
  article(1, 'Nvidia accelerators were restricted.', 'en');
  article(2, 'Les exportations sont restreintes.', 'fr');
  article(3, 'Not indexed yet.', 'en');
  db.prepare(
    "INSERT INTO search_fts (rowid, title, byline, body) VALUES (1, 'chip', '', 'nvidia acceler restrict'), (2, 'chip', '', 'le export sont restreint')",
  ).run();
  db.prepare("INSERT INTO search_docs (article_id, language) VALUES (1, 'en'), (2, 'fr')").run();
  db.prepare(
    "INSERT INTO search_vocab (term, docs) VALUES ('chip', 2), ('nvidia', 1), ('acceler', 2), ('restrict', 1), ('export', 1), ('restreint', 1), ('call', 1)",
  ).run();
  db.prepare(
    "INSERT INTO notes (id, article_id, body, created_at, updated_at) VALUES (1, 1, 'Call about the accelerators', ?, ?), (2, NULL, 'Not indexed', ?, ?)",
  ).run(now, now, now, now);
  db.prepare("INSERT INTO search_notes_fts (rowid, title, byline, body) VALUES (1, '', '', 'call acceler')").run();
  db.prepare(`INSERT INTO search_note_docs (note_id, language, terms) VALUES (1, 'en', '["call","acceler"]')`).run();
  return db;
}

describe('migration 0005: surface forms for prefix queries', () => {
  it('adds the forms table and lists every indexed article and note for the backfill, leaving the index as it was', () => {
    const db = openV4Library();
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT count(*) FROM search_forms').pluck().get()).toBe(0);
    expect(db.prepare('SELECT kind, id FROM search_forms_backfill ORDER BY kind, id').raw().all()).toEqual([
      ['article', 1],
      ['article', 2],
      ['note', 1],
    ]);
    // The postings, vocabulary and note index are untouched.
    expect(db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH 'acceler'").pluck().all()).toEqual([1]);
    expect(
      db.prepare("SELECT rowid FROM search_notes_fts WHERE search_notes_fts MATCH 'acceler'").pluck().all(),
    ).toEqual([1]);
    expect(db.prepare('SELECT count(*) FROM search_vocab').pluck().get()).toBe(7);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
    db.close();
  });

  it('keeps one row per form and stem, and refuses a backfill entry of an unknown kind', () => {
    const db = openV4Library();
    migrate(db, MIGRATIONS.slice(0, 5));
    const insert = db.prepare('INSERT OR IGNORE INTO search_forms (stem_key, form, term) VALUES (?, ?, ?)');
    insert.run('accelera', 'accelerators', 'acceler');
    insert.run('accelera', 'accelerators', 'acceler');
    expect(db.prepare('SELECT count(*) FROM search_forms').pluck().get()).toBe(1);
    expect(() => db.prepare("INSERT INTO search_forms_backfill (kind, id) VALUES ('quote', 1)").run()).toThrow(/CHECK/);
    db.close();
  });
});
