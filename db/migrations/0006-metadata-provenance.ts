import type { Database } from 'better-sqlite3';

/**
 * Schema version 6: where an article's date came from, and the reporter's corrections.
 *
 * - `articles.published_at_source`: json-ld, meta, pdf-metadata, docx-metadata, email-header,
 *   text or user. Articles imported before this version get what their format implies: a PDF's
 *   or a Word file's only date was its document properties, an e-mail's its Date header. A
 *   page's date came from JSON-LD or a meta tag, which was not recorded: it stays null (unknown).
 *   Quotes already taken from such an article get the source in their frozen citation.
 * - `article_edits`: one row per corrected field, holding the value the import extracted (and,
 *   for the date, its source). The articles row holds the value in force, so lists, search,
 *   facets and exports read one place; the edit row says that the value is the reporter's and
 *   keeps what it replaced, so an edit can be shown, reverted, and is never taken for extracted.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN published_at_source TEXT CHECK (published_at_source IN
      ('json-ld', 'meta', 'pdf-metadata', 'docx-metadata', 'email-header', 'text', 'user'));

    UPDATE articles SET published_at_source = CASE format
        WHEN 'pdf' THEN 'pdf-metadata'
        WHEN 'docx' THEN 'docx-metadata'
        WHEN 'eml' THEN 'email-header'
      END
    WHERE published_at IS NOT NULL;

    -- Quotes freeze their citation: those taken from such an article learn where its date came from.
    UPDATE quotes SET citation_json = json_set(citation_json, '$.publishedAtSource',
        (SELECT a.published_at_source FROM articles a WHERE a.id = quotes.article_id))
    WHERE json_extract(citation_json, '$.publishedAt') =
        (SELECT a.published_at FROM articles a WHERE a.id = quotes.article_id);

    CREATE TABLE article_edits (
      article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      field            TEXT    NOT NULL CHECK (field IN ('title', 'byline', 'siteName', 'publishedAt', 'language')),
      extracted_value  TEXT,
      extracted_source TEXT,
      edited_at        TEXT    NOT NULL,
      PRIMARY KEY (article_id, field)
    ) WITHOUT ROWID;
  `);
}
