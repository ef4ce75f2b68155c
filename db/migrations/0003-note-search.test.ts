import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';

/** A schema-2 library with one indexed article, a note on it and a free note. */
function openV2Library(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 2));
  db.prepare(
    "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (1, 'sha-1', '1.html', 3, x'010203', ?)",
  ).run(now);
  db.prepare(
    `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, language, created_at, updated_at)
     VALUES (1, 1, 'Export controls', '<p>x</p>', 'Washington restricted chip exports.', 4, 'html', 'hash-1', 'en', ?, ?)`,
  ).run(now, now);
  db.prepare(
    "INSERT INTO search_fts (rowid, title, byline, body) VALUES (1, 'export control', '', 'washington restrict chip export')",
  ).run();
  db.prepare("INSERT INTO search_docs (article_id, language) VALUES (1, 'en')").run();
  db.prepare(
    "INSERT INTO search_vocab (term, docs) VALUES ('export', 1), ('washington', 1), ('restrict', 1), ('chip', 1), ('control', 1)",
  ).run();
  db.prepare(
    "INSERT INTO notes (id, article_id, body, created_at, updated_at) VALUES (1, 1, 'Call the ministry', ?, ?), (2, NULL, 'Story plan', ?, ?)",
  ).run(now, now, now, now);
  return db;
}

describe('migration 0003: notes in the search index', () => {
  it('adds the notes index to a schema-2 library and leaves its notes, postings and vocabulary as they were', () => {
    const db = openV2Library();
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'search%'").pluck().all();
    expect(names).toEqual(
      expect.arrayContaining([
        'search_notes_fts',
        'search_note_docs',
        'search_forget_deleted_note',
        'search_uncount_note_terms',
      ]),
    );
    expect(db.prepare('SELECT body FROM notes ORDER BY id').pluck().all()).toEqual(['Call the ministry', 'Story plan']);
    expect(db.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH 'restrict'").pluck().all()).toEqual([1]);
    expect(db.prepare('SELECT count(*) FROM search_vocab').pluck().get()).toBe(5);
    // The old notes have no postings yet: the first search indexes them (catch-up).
    expect(db.prepare('SELECT count(*) FROM search_note_docs').pluck().get()).toBe(0);
    db.close();
  });

  it("drops a deleted note's postings and gives back its terms, also when its article is deleted", () => {
    const db = openV2Library();
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      "INSERT INTO search_notes_fts (rowid, title, byline, body) VALUES (1, '', '', 'call ministri'), (2, '', '', 'stori plan')",
    ).run();
    db.prepare(
      `INSERT INTO search_note_docs (note_id, language, terms) VALUES (1, 'en', '["call","ministri","chip"]'), (2, 'en', '["stori","plan"]')`,
    ).run();
    db.prepare(
      "INSERT INTO search_vocab (term, docs) VALUES ('call', 1), ('ministri', 1), ('stori', 1), ('plan', 1) ON CONFLICT (term) DO NOTHING",
    ).run();
    db.prepare("UPDATE search_vocab SET docs = 2 WHERE term = 'chip'").run();
    const notesMatching = (q: string): number[] =>
      db.prepare('SELECT rowid FROM search_notes_fts WHERE search_notes_fts MATCH ?').pluck().all(q) as number[];
    const vocab = (): Record<string, number> =>
      Object.fromEntries(
        (db.prepare('SELECT term, docs FROM search_vocab ORDER BY term').all() as { term: string; docs: number }[]).map(
          (r) => [r.term, r.docs],
        ),
      );

    db.prepare('DELETE FROM notes WHERE id = 2').run();
    expect(notesMatching('plan')).toEqual([]);
    expect(vocab()).not.toHaveProperty('plan');

    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(notesMatching('ministri')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM search_note_docs').pluck().get()).toBe(0);
    // The note's terms went back; the article's own terms are the core's to take back (it re-analyses the text).
    expect(vocab()).toEqual({ chip: 1, control: 1, export: 1, restrict: 1, washington: 1 });
    db.close();
  });
});
