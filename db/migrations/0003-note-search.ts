import type { Database } from 'better-sqlite3';

/**
 * Schema version 3: the reporter's notes in the search index.
 *
 * Notes get an index of their own instead of a `notes` column in `search_fts`: search_fts is
 * contentless, so rewriting one of its rows means analysing the whole article again, and a note
 * is autosaved every few keystrokes. A note's postings are small and are replaced alone.
 *
 * - `search_notes_fts`: postings of each note's Markdown body (rowid = note id), analysed with the
 *   same lunr pipelines as articles. It has the same three columns as `search_fts` (only `body`
 *   is filled) so that one compiled MATCH expression, column filters included, runs on both.
 * - `search_note_docs`: which notes are indexed, with the analysis language and the distinct
 *   terms the note added to `search_vocab`, so an edit or a delete takes exactly those back.
 * - Deleting a note (directly, or with its article) drops its postings, and deleting its
 *   search_note_docs row gives its terms' document frequencies back, in the same transaction.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE search_notes_fts USING fts5(
      title, byline, body,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0'
    );

    CREATE TABLE search_note_docs (
      note_id  INTEGER PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
      language TEXT NOT NULL,
      terms    TEXT NOT NULL CHECK (json_valid(terms))
    );

    CREATE TRIGGER search_forget_deleted_note AFTER DELETE ON notes BEGIN
      DELETE FROM search_notes_fts WHERE rowid = old.id;
    END;

    CREATE TRIGGER search_uncount_note_terms AFTER DELETE ON search_note_docs BEGIN
      UPDATE search_vocab SET docs = max(docs - 1, 0) WHERE term IN (SELECT value FROM json_each(old.terms));
      DELETE FROM search_vocab WHERE docs = 0 AND term IN (SELECT value FROM json_each(old.terms));
    END;
  `);
}
