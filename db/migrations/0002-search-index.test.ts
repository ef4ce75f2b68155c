import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';

function insertV1Article(
  db: Database.Database,
  id: number,
  title: string,
  text: string,
  language: string | null,
): void {
  db.prepare(
    "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (?, ?, ?, 3, x'010203', ?)",
  ).run(id, `sha-${id}`, `${id}.html`, now);
  db.prepare(
    `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, language, created_at, updated_at)
     VALUES (?, ?, ?, '<p>x</p>', ?, 5, 'html', ?, ?, ?, ?)`,
  ).run(id, id, title, text, `hash-${id}`, language, now, now);
}

describe('migration 0002: the search index', () => {
  it('adds the index tables to a schema-1 library without touching its articles', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    insertV1Article(db, 1, 'Export controls', 'Washington restricted chip exports.', 'en');
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'search%'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'search_fts',
        'search_docs',
        'search_vocab',
        'search_articles_meta',
        'search_forget_deleted_article',
      ]),
    );
    expect(db.prepare('SELECT title FROM articles WHERE id = 1').pluck().get()).toBe('Export controls');
    db.close();
  });

  it("drops an article's postings and index row when the article is deleted", () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    insertV1Article(db, 1, 'Export controls', 'Washington restricted chip exports.', 'en');
    insertV1Article(db, 2, 'Other', 'Something else.', 'en');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      "INSERT INTO search_fts (rowid, title, byline, body) VALUES (1, 'export control', '', 'washington restrict chip export')",
    ).run();
    db.prepare("INSERT INTO search_fts (rowid, title, byline, body) VALUES (2, 'other', '', 'someth els')").run();
    db.prepare("INSERT INTO search_docs (article_id, language) VALUES (1, 'en'), (2, 'en')").run();
    const matches = (q: string): number[] =>
      db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').pluck().all(q) as number[];
    expect(matches('restrict')).toEqual([1]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(matches('restrict')).toEqual([]);
    expect(matches('other')).toEqual([2]);
    expect(db.prepare('SELECT article_id FROM search_docs').pluck().all()).toEqual([2]);
    db.close();
  });
});
