import type { Database } from 'better-sqlite3';

/**
 * Schema version 2: the full-text search index.
 *
 * - `search_fts`: FTS5 postings over terms that lunr's language pipelines produced (stemmed,
 *   stop words removed, accents folded) plus character pairs for CJK text. Contentless with
 *   contentless_delete: the text lives once, in `articles`; the index only holds postings.
 * - `search_docs`: which articles are indexed and with which language pipeline, so queries are
 *   analysed with the languages the library holds and unindexed articles can be caught up.
 * - `search_vocab`: every term with its document frequency, which fuzzy (`term~1`) and prefix
 *   (`term*`) queries expand against.
 * - `search_articles_meta`: a narrow covering index of the article columns that filters, facets
 *   and date sorting read for every hit, so they never touch the wide article rows; and
 *   `search_mentions_by_article_entity`, so the entities facet reads an index, not the mentions.
 * - A trigger drops an article's postings in the same transaction that deletes it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE search_fts USING fts5(
      title, byline, body,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0'
    );

    CREATE TABLE search_docs (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      language   TEXT NOT NULL
    );
    CREATE INDEX search_docs_by_language ON search_docs (language);

    CREATE TABLE search_vocab (
      term TEXT PRIMARY KEY,
      docs INTEGER NOT NULL CHECK (docs >= 0)
    ) WITHOUT ROWID;

    CREATE INDEX search_articles_meta ON articles (id, published_at, language, site_name, format);
    CREATE INDEX search_mentions_by_article_entity ON mentions (article_id, entity_id);

    CREATE TRIGGER search_forget_deleted_article AFTER DELETE ON articles BEGIN
      DELETE FROM search_fts WHERE rowid = old.id;
    END;
  `);
}
