import type { Database } from 'better-sqlite3';

/**
 * Schema version 7: families of near-identical articles (one wire story republished by many outlets).
 *
 * - `family_members`: one row per article whose fingerprint was computed; `family_id` is null while
 *   the article has no near copy. An article without a row predates families (or this version) and
 *   is fingerprinted once by the families backfill.
 * - `family_bands`: the locality-sensitive index. Each article's MinHash signature is cut into
 *   bands; `key` is the band number and the band's hash in one integer, so the articles that share
 *   a band with a new one are found by one index lookup per band, whatever the library's size.
 *   No foreign key: the cascade would need a second index on article_id; the families capability
 *   removes an article's bands itself (it recomputes their keys from the text it is deleting).
 * - `families`: the origin in force (the probable original) and, when the reporter chose it, that
 *   choice, which outlives later imports.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE families (
      id              INTEGER PRIMARY KEY,
      origin_id       INTEGER NOT NULL,
      origin_override INTEGER,
      created_at      TEXT    NOT NULL
    );

    CREATE TABLE family_members (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      family_id  INTEGER REFERENCES families(id) ON DELETE SET NULL
    );
    CREATE INDEX family_members_by_family ON family_members (family_id) WHERE family_id IS NOT NULL;

    CREATE TABLE family_bands (
      key        INTEGER NOT NULL,
      article_id INTEGER NOT NULL,
      PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
  `);
}
