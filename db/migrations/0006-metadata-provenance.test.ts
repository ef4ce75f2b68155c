import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';
const before = MIGRATIONS.filter((m) => m.version < 6);
const upTo6 = MIGRATIONS.filter((m) => m.version <= 6);

/** A library at the version before 0006, with a PDF, a Word file, an e-mail, a page and an undated PDF. */
function openPreviousLibrary(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, before);
  const rows: [number, string, string | null][] = [
    [1, 'pdf', '2023-06-02T08:00:00.000Z'],
    [2, 'docx', '2022-01-10T00:00:00.000Z'],
    [3, 'eml', '2024-02-03T09:30:00.000Z'],
    [4, 'html', '2024-03-04'],
    [5, 'pdf', null],
  ];
  for (const [id, format, publishedAt] of rows) {
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (?, ?, ?, 3, x'010203', ?)",
    ).run(id, `sha-${id}`, `${id}.${format}`, now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, language, published_at, created_at, updated_at)
       VALUES (?, ?, ?, '<p>x</p>', 'Some text.', 2, ?, ?, 'en', ?, ?, ?)`,
    ).run(id, id, `Article ${id}`, format, `hash-${id}`, publishedAt, now, now);
  }
  db.prepare(
    `INSERT INTO quotes (id, article_id, exact, start, end, citation_json, created_at, updated_at)
     VALUES (1, 1, 'Some text', 0, 9, json_object('headline', 'Article 1', 'publishedAt', '2023-06-02T08:00:00.000Z'), ?, ?)`,
  ).run(now, now);
  return db;
}

describe('migration 0006: metadata provenance and corrections', () => {
  it("records where an existing article's date came from, as far as its format tells", () => {
    const db = openPreviousLibrary();
    migrate(db, upTo6);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    const sources = db.prepare('SELECT id, published_at, published_at_source FROM articles ORDER BY id').all();
    expect(sources).toEqual([
      { id: 1, published_at: '2023-06-02T08:00:00.000Z', published_at_source: 'pdf-metadata' },
      { id: 2, published_at: '2022-01-10T00:00:00.000Z', published_at_source: 'docx-metadata' },
      { id: 3, published_at: '2024-02-03T09:30:00.000Z', published_at_source: 'email-header' },
      // A page's date came from JSON-LD or a meta tag; which one was not recorded.
      { id: 4, published_at: '2024-03-04', published_at_source: null },
      { id: 5, published_at: null, published_at_source: null },
    ]);
    // The quote taken from the PDF will be cited with a "document date".
    expect(JSON.parse(db.prepare('SELECT citation_json FROM quotes WHERE id = 1').pluck().get() as string)).toEqual({
      headline: 'Article 1',
      publishedAt: '2023-06-02T08:00:00.000Z',
      publishedAtSource: 'pdf-metadata',
    });
    expect(db.prepare('SELECT title FROM articles ORDER BY id').pluck().all()).toEqual([
      'Article 1',
      'Article 2',
      'Article 3',
      'Article 4',
      'Article 5',
    ]);
    db.close();
  });

  it('keeps edits apart, refuses unknown fields and sources, and drops the edits with their article', () => {
    const db = openPreviousLibrary();
    migrate(db, upTo6);
    db.prepare(
      "INSERT INTO article_edits (article_id, field, extracted_value, extracted_source, edited_at) VALUES (1, 'publishedAt', '2023-06-02T08:00:00.000Z', 'pdf-metadata', ?)",
    ).run(now);
    expect(() =>
      db
        .prepare("INSERT INTO article_edits (article_id, field, extracted_value, edited_at) VALUES (1, 'text', 'x', ?)")
        .run(now),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE articles SET published_at_source = 'guess' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM article_edits').pluck().get()).toBe(0);
    db.close();
  });
});
