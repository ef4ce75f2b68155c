import type { Database } from 'better-sqlite3';

/**
 * Schema version 5: the words as written, beside their stems, for prefix queries.
 *
 * The index holds stems: "accelerators" is indexed as "acceler", so the prefix a reporter types
 * ("accelerat*") is longer than the stem and FTS5's own prefix match on stems misses it.
 *
 * - `search_forms`: surface forms (lower case, accents folded) with the stem each analysed to, for
 *   the forms whose stem does not start with the whole form (most inflected words). A prefix
 *   query expands to the stems of the forms that start with it. `stem_key` is the form up to and
 *   including its first character that differs from its stem: a form can only be missed by the
 *   stem-prefix match for a prefix at least that long, so a query looks up the keys that are
 *   prefixes of what was typed and reads exactly the rows it needs (see db/search-forms.ts).
 *   Forms are not counted per document: a form whose last document was deleted stays until the
 *   index is rebuilt, and queries keep only the stems search_vocab still counts.
 * - `search_forms_backfill`: the articles and notes indexed before this version, whose forms the
 *   core records (re-analysing their text) on the first search after the upgrade. The analysers
 *   live in the core, so the migration only lists them.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE search_forms (
      stem_key TEXT NOT NULL,
      form     TEXT NOT NULL,
      term     TEXT NOT NULL,
      PRIMARY KEY (stem_key, form, term)
    ) WITHOUT ROWID;

    CREATE TABLE search_forms_backfill (
      kind TEXT NOT NULL CHECK (kind IN ('article', 'note')),
      id   INTEGER NOT NULL,
      PRIMARY KEY (kind, id)
    ) WITHOUT ROWID;

    INSERT INTO search_forms_backfill (kind, id) SELECT 'article', article_id FROM search_docs;
    INSERT INTO search_forms_backfill (kind, id) SELECT 'note', note_id FROM search_note_docs;
  `);
}
