import type { Database } from 'better-sqlite3';

/**
 * Schema version 10: OCR of scans and pictures (issue 14).
 *
 * - `articles.format` also admits 'image' (a PNG, JPEG, TIFF, WebP, GIF or BMP file). SQLite cannot
 *   alter a CHECK constraint, and rebuilding `articles` would mean turning foreign keys off (not
 *   possible inside the migration's transaction) with a dozen tables pointing at it. SQLite's own
 *   documentation (ALTER TABLE, "making other kinds of table schema changes") allows editing the
 *   stored CREATE statement through `writable_schema` for changes that leave the stored rows valid,
 *   such as loosening a CHECK: every existing row still passes the wider list, so nothing on disk
 *   changes. The schema cookie is bumped so every connection reloads the schema.
 * - `ocr_jobs`: one per article whose text comes (partly) from OCR: what it is (pdf, image, docx),
 *   the Tesseract languages ("fra+eng"), the job's status (pending while any page waits: the
 *   article's "text pending" state), the document's page count and a note ('no-text' when OCR found
 *   no words at all), and whether the title is a stand-in (the file name) that the text's first
 *   strong line replaces once read.
 * - `ocr_pages`: one per page of such a document, in page order. A page read from the PDF's text
 *   layer is 'text-layer' and done at once; a page to OCR is 'ocr', pending until read, then done
 *   (or failed, or cancelled) with its language, mean confidence (0-100), the rotation applied, the
 *   page image shown in the reader (PNG, stored when the page is rendered, so memory never holds a
 *   whole document's images), Tesseract's word boxes and the recognised text.
 */
export function up(db: Database): void {
  widenArticleFormats(db);
  db.exec(`
    CREATE TABLE ocr_jobs (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      kind       TEXT    NOT NULL CHECK (kind IN ('pdf', 'image', 'docx')),
      languages  TEXT    NOT NULL,
      status     TEXT    NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'cancelled')),
      pages      INTEGER NOT NULL CHECK (pages >= 1),
      note       TEXT,
      title_from_text INTEGER NOT NULL DEFAULT 0 CHECK (title_from_text IN (0, 1)),
      created_at TEXT    NOT NULL,
      updated_at TEXT    NOT NULL
    );
    CREATE INDEX ocr_jobs_by_status ON ocr_jobs (status, created_at);

    CREATE TABLE ocr_pages (
      id           INTEGER PRIMARY KEY,
      article_id   INTEGER NOT NULL REFERENCES ocr_jobs(article_id) ON DELETE CASCADE,
      page         INTEGER NOT NULL CHECK (page >= 1),
      source       TEXT    NOT NULL CHECK (source IN ('text-layer', 'ocr')),
      status       TEXT    NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'cancelled')),
      language     TEXT,
      confidence   REAL    CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 100)),
      rotation     INTEGER NOT NULL DEFAULT 0,
      image        BLOB,
      image_width  INTEGER,
      image_height INTEGER,
      words_json   TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(words_json)),
      text         TEXT    NOT NULL DEFAULT '',
      error        TEXT,
      updated_at   TEXT    NOT NULL,
      UNIQUE (article_id, page)
    );
    CREATE INDEX ocr_pages_pending ON ocr_pages (status, article_id, page) WHERE status = 'pending';
  `);
}

function widenArticleFormats(db: Database): void {
  const sql = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'articles'")
    .pluck()
    .get() as string;
  const before = "CHECK (format IN ('html','mhtml','pdf','docx','eml','txt','md'))";
  if (!sql.includes(before)) throw new Error('migration 0010: the articles table is not the one it expects');
  const after = "CHECK (format IN ('html','mhtml','pdf','docx','eml','txt','md','image'))";
  const cookie = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true); // better-sqlite3's defensive mode refuses writable_schema otherwise
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = @sql WHERE type = 'table' AND name = 'articles'").run({
      sql: sql.replace(before, after),
    });
    db.pragma(`schema_version = ${cookie + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
}
