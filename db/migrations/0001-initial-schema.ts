import type { Database } from 'better-sqlite3';

/**
 * Schema version 1: every aggregate the product needs, so later capabilities fill tables
 * rather than reshape them. Never edit once shipped; add a new numbered migration instead.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE sources (
      id          INTEGER PRIMARY KEY,
      sha256      TEXT    NOT NULL UNIQUE,
      file_name   TEXT    NOT NULL,
      bytes       INTEGER NOT NULL CHECK (bytes >= 0),
      content     BLOB    NOT NULL,
      imported_at TEXT    NOT NULL
    );

    CREATE TABLE articles (
      id            INTEGER PRIMARY KEY,
      source_id     INTEGER NOT NULL UNIQUE REFERENCES sources(id) ON DELETE RESTRICT,
      title         TEXT    NOT NULL,
      byline        TEXT,
      site_name     TEXT,
      published_at  TEXT,
      language      TEXT,
      url           TEXT,
      canonical_url TEXT,
      excerpt       TEXT,
      html          TEXT    NOT NULL,
      text          TEXT    NOT NULL,
      word_count    INTEGER NOT NULL DEFAULT 0,
      format        TEXT    NOT NULL CHECK (format IN ('html','mhtml','pdf','docx','eml','txt','md')),
      text_hash     TEXT    NOT NULL,
      metadata_json TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(metadata_json)),
      created_at    TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL
    );
    CREATE INDEX articles_by_published ON articles (published_at DESC, id DESC);
    CREATE INDEX articles_by_text_hash ON articles (text_hash);
    CREATE INDEX articles_by_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;

    CREATE TABLE tags (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
      color      TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE article_tags (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (article_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_tags_by_tag ON article_tags (tag_id, article_id);

    CREATE TABLE entities (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL,
      type        TEXT NOT NULL CHECK (type IN ('person','organisation','place','product','law')),
      description TEXT NOT NULL DEFAULT '',
      status      TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed','suggested','ignored')),
      created_at  TEXT NOT NULL,
      UNIQUE (name, type)
    );
    CREATE TABLE entity_aliases (
      id             INTEGER PRIMARY KEY,
      entity_id      INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      alias          TEXT    NOT NULL,
      language       TEXT,
      case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0,1)),
      UNIQUE (entity_id, alias)
    );
    CREATE INDEX entity_aliases_by_alias ON entity_aliases (alias COLLATE NOCASE);
    CREATE TABLE mentions (
      id         INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      start      INTEGER NOT NULL,
      end        INTEGER NOT NULL CHECK (end > start),
      alias      TEXT    NOT NULL
    );
    CREATE INDEX mentions_by_entity ON mentions (entity_id, article_id);
    CREATE INDEX mentions_by_article ON mentions (article_id, start);

    CREATE TABLE notes (
      id         INTEGER PRIMARY KEY,
      article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
      body       TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX notes_by_article ON notes (article_id, updated_at);

    CREATE TABLE quotes (
      id            INTEGER PRIMARY KEY,
      article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      exact         TEXT    NOT NULL,
      prefix        TEXT    NOT NULL DEFAULT '',
      suffix        TEXT    NOT NULL DEFAULT '',
      start         INTEGER NOT NULL,
      end           INTEGER NOT NULL,
      status        TEXT    NOT NULL DEFAULT 'to_verify' CHECK (status IN ('to_verify','verified','do_not_use')),
      anchor_status TEXT    NOT NULL DEFAULT 'ok' CHECK (anchor_status IN ('ok','orphaned')),
      citation_json TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(citation_json)),
      created_at    TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL
    );
    CREATE INDEX quotes_by_article ON quotes (article_id);

    CREATE TABLE saved_searches (
      id              INTEGER PRIMARY KEY,
      name            TEXT NOT NULL,
      query           TEXT NOT NULL,
      created_at      TEXT NOT NULL,
      last_opened_at  TEXT,
      seen_max_article_id INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE watchlists (
      id              INTEGER PRIMARY KEY,
      name            TEXT NOT NULL UNIQUE,
      tag_id          INTEGER REFERENCES tags(id) ON DELETE SET NULL,
      definition_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(definition_json)),
      last_seen_at    TEXT,
      created_at      TEXT NOT NULL
    );

    CREATE TABLE briefs (
      id              INTEGER PRIMARY KEY,
      name            TEXT NOT NULL,
      definition_json TEXT NOT NULL CHECK (json_valid(definition_json)),
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL
    );

    CREATE TABLE app_settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
  `);
}
