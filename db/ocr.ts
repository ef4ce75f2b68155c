import type { ArticleId, OcrJobSummary, OcrStatus, OcrWordBox } from '../preload/api';
import type { Db } from './open';

/**
 * What a parser hands over for a document whose text (or part of it) must come from OCR: every
 * page in order, with its text-layer text or null for a page to read from its image.
 */
export interface OcrPlan {
  kind: 'pdf' | 'image' | 'docx';
  pages: Array<string | null>;
  /** Tesseract languages chosen for this import ("fra+eng"); the library's setting when absent. */
  languages?: string;
  /** True when the title is a stand-in (the file name), to be replaced by the text's first strong line. */
  titleFromText: boolean;
}

/** What an import knows of a document's pages when it is stored "text pending". */
export interface NewOcrJob {
  articleId: ArticleId;
  kind: 'pdf' | 'image' | 'docx';
  languages: string;
  /** Every page, in order: its text-layer text, or null for a page to OCR. */
  pages: Array<string | null>;
  titleFromText: boolean;
  now: string;
}

export interface OcrJobRow {
  articleId: ArticleId;
  kind: 'pdf' | 'image' | 'docx';
  languages: string;
  status: OcrStatus;
  pages: number;
  note: 'no-text' | null;
  titleFromText: boolean;
}

export interface OcrPageRow {
  page: number;
  source: 'text-layer' | 'ocr';
  status: OcrStatus;
  language: string | null;
  confidence: number | null;
  rotation: number;
  width: number | null;
  height: number | null;
  hasImage: boolean;
  words: OcrWordBox[];
  text: string;
  error: string | null;
}

export function insertOcrJob(db: Db, job: NewOcrJob): void {
  db.prepare(
    `INSERT INTO ocr_jobs (article_id, kind, languages, status, pages, title_from_text, created_at, updated_at)
     VALUES (@articleId, @kind, @languages, 'pending', @pages, @titleFromText, @now, @now)`,
  ).run({ ...job, pages: job.pages.length, titleFromText: job.titleFromText ? 1 : 0 });
  const page = db.prepare(
    `INSERT INTO ocr_pages (article_id, page, source, status, text, updated_at)
     VALUES (@articleId, @page, @source, @status, @text, @now)`,
  );
  job.pages.forEach((text, i) =>
    page.run({
      articleId: job.articleId,
      page: i + 1,
      source: text === null ? 'ocr' : 'text-layer',
      status: text === null ? 'pending' : 'done',
      text: text ?? '',
      now: job.now,
    }),
  );
}

interface JobDbRow {
  article_id: number;
  kind: OcrJobRow['kind'];
  languages: string;
  status: OcrStatus;
  pages: number;
  note: 'no-text' | null;
  title_from_text: number;
}

const toJob = (r: JobDbRow): OcrJobRow => ({
  articleId: r.article_id as ArticleId,
  kind: r.kind,
  languages: r.languages,
  status: r.status,
  pages: r.pages,
  note: r.note,
  titleFromText: r.title_from_text === 1,
});

export function getOcrJob(db: Db, articleId: ArticleId): OcrJobRow | undefined {
  const row = db.prepare('SELECT * FROM ocr_jobs WHERE article_id = @articleId').get({ articleId }) as
    JobDbRow | undefined;
  return row ? toJob(row) : undefined;
}

/** Articles with pages still to read, oldest job first (what a restarted app resumes). */
export function listPendingOcrArticles(db: Db): ArticleId[] {
  return db
    .prepare(
      `SELECT j.article_id FROM ocr_jobs j WHERE j.status = 'pending'
       ORDER BY j.created_at, j.article_id`,
    )
    .pluck()
    .all() as ArticleId[];
}

/** The pages of an article still waiting to be read, in page order. */
export function listPendingOcrPages(db: Db, articleId: ArticleId): number[] {
  return db
    .prepare(
      "SELECT page FROM ocr_pages WHERE article_id = @articleId AND status = 'pending' AND source = 'ocr' ORDER BY page",
    )
    .pluck()
    .all({ articleId }) as number[];
}

export function setOcrPageImage(
  db: Db,
  p: { articleId: ArticleId; page: number; png: Uint8Array; width: number; height: number; now: string },
): void {
  db.prepare(
    `UPDATE ocr_pages SET image = @png, image_width = @width, image_height = @height, updated_at = @now
     WHERE article_id = @articleId AND page = @page`,
  ).run({ ...p, png: Buffer.from(p.png.buffer, p.png.byteOffset, p.png.byteLength) });
}

export function saveOcrPageResult(
  db: Db,
  r: {
    articleId: ArticleId;
    page: number;
    status: 'done' | 'failed';
    language: string;
    confidence: number | null;
    rotation: number;
    words: OcrWordBox[];
    text: string;
    error: string | null;
    now: string;
  },
): void {
  db.prepare(
    `UPDATE ocr_pages SET status = @status, language = @language, confidence = @confidence, rotation = @rotation,
       words_json = @wordsJson, text = @text, error = @error, updated_at = @now
     WHERE article_id = @articleId AND page = @page`,
  ).run({ ...r, wordsJson: JSON.stringify(r.words) });
}

/** Text of the finished pages, in page order: what the article's text is made of. */
export function listFinishedPageTexts(db: Db, articleId: ArticleId): Array<{ page: number; text: string }> {
  return db
    .prepare(
      "SELECT page, text FROM ocr_pages WHERE article_id = @articleId AND status = 'done' AND text != '' ORDER BY page",
    )
    .all({ articleId }) as Array<{ page: number; text: string }>;
}

export function getOcrPageStatus(db: Db, articleId: ArticleId, page: number): OcrStatus | undefined {
  return db
    .prepare('SELECT status FROM ocr_pages WHERE article_id = @articleId AND page = @page')
    .pluck()
    .get({ articleId, page }) as OcrStatus | undefined;
}

export function countOcrPages(
  db: Db,
  articleId: ArticleId,
): { ocr: number; finished: number; failed: number; words: number } {
  return db
    .prepare(
      `SELECT count(*) AS ocr, coalesce(sum(status IN ('done', 'failed')), 0) AS finished,
              coalesce(sum(status = 'failed'), 0) AS failed,
              coalesce(sum(json_array_length(words_json)), 0) AS words
       FROM ocr_pages WHERE article_id = @articleId AND source = 'ocr'`,
    )
    .get({ articleId }) as { ocr: number; finished: number; failed: number; words: number };
}

export function setOcrJobState(
  db: Db,
  s: { articleId: ArticleId; status: OcrStatus; note?: 'no-text' | null; languages?: string; now: string },
): void {
  db.prepare(
    `UPDATE ocr_jobs SET status = @status, note = @note, languages = coalesce(@languages, languages), updated_at = @now
     WHERE article_id = @articleId`,
  ).run({ note: null, languages: null, ...s });
}

interface PageDbRow {
  page: number;
  source: 'text-layer' | 'ocr';
  status: OcrStatus;
  language: string | null;
  confidence: number | null;
  rotation: number;
  image_width: number | null;
  image_height: number | null;
  has_image: number;
  words_json: string;
  text: string;
  error: string | null;
}

/** Every page of an article's OCR job (without the images, which are fetched one at a time). */
export function listOcrPages(db: Db, articleId: ArticleId): OcrPageRow[] {
  const rows = db
    .prepare(
      `SELECT page, source, status, language, confidence, rotation, image_width, image_height,
              image IS NOT NULL AS has_image, words_json, text, error
       FROM ocr_pages WHERE article_id = @articleId ORDER BY page`,
    )
    .all({ articleId }) as PageDbRow[];
  return rows.map((r) => ({
    page: r.page,
    source: r.source,
    status: r.status,
    language: r.language,
    confidence: r.confidence,
    rotation: r.rotation,
    width: r.image_width,
    height: r.image_height,
    hasImage: r.has_image === 1,
    words: JSON.parse(r.words_json) as OcrWordBox[],
    text: r.text,
    error: r.error,
  }));
}

export function getOcrPageImage(db: Db, articleId: ArticleId, page: number): Buffer | undefined {
  return db
    .prepare('SELECT image FROM ocr_pages WHERE article_id = @articleId AND page = @page AND image IS NOT NULL')
    .pluck()
    .get({ articleId, page }) as Buffer | undefined;
}

/** The jobs for `dossier ocr status`: pending first, then newest first. */
export function listOcrJobSummaries(db: Db, status?: OcrStatus, threshold = 0): OcrJobSummary[] {
  const rows = db
    .prepare(
      `SELECT j.article_id, j.status, j.languages, j.note, a.title, s.file_name,
              (SELECT count(*) FROM ocr_pages p WHERE p.article_id = j.article_id AND p.source = 'ocr') AS ocr_pages,
              (SELECT count(*) FROM ocr_pages p WHERE p.article_id = j.article_id AND p.source = 'ocr'
                 AND p.status IN ('done', 'failed')) AS finished,
              (SELECT json_group_array(p.page) FROM ocr_pages p WHERE p.article_id = j.article_id
                 AND p.status = 'done' AND p.source = 'ocr' AND p.confidence < @threshold
                 AND json_array_length(p.words_json) > 0) AS low
       FROM ocr_jobs j JOIN articles a ON a.id = j.article_id JOIN sources s ON s.id = a.source_id
       WHERE @status IS NULL OR j.status = @status
       ORDER BY j.status != 'pending', j.created_at DESC, j.article_id DESC`,
    )
    .all({ status: status ?? null, threshold }) as Array<{
    article_id: number;
    status: OcrStatus;
    languages: string;
    note: 'no-text' | null;
    title: string;
    file_name: string;
    ocr_pages: number;
    finished: number;
    low: string;
  }>;
  return rows.map((r) => ({
    articleId: r.article_id as ArticleId,
    title: r.title,
    fileName: r.file_name,
    status: r.status,
    languages: r.languages,
    ocrPages: r.ocr_pages,
    ocrPagesFinished: r.finished,
    lowQualityPages: (JSON.parse(r.low) as number[]).sort((a, b) => a - b),
    note: r.note,
  }));
}

/**
 * Puts OCR pages back to pending for another reading: all of them (a new language), or only
 * those that failed or were cancelled. Returns how many pages will be read again.
 */
export function requeueOcrPages(db: Db, articleId: ArticleId, all: boolean, now: string): number {
  return db
    .prepare(
      `UPDATE ocr_pages SET status = 'pending', error = NULL, updated_at = @now
       WHERE article_id = @articleId AND source = 'ocr' AND (@all OR status IN ('failed', 'cancelled'))`,
    )
    .run({ articleId, all: all ? 1 : 0, now }).changes;
}

export function cancelPendingOcrPages(db: Db, articleId: ArticleId, now: string): number {
  return db
    .prepare(
      `UPDATE ocr_pages SET status = 'cancelled', updated_at = @now
       WHERE article_id = @articleId AND status = 'pending'`,
    )
    .run({ articleId, now }).changes;
}

/** Writes an article's body after OCR read more of it; the caller owns the transaction and the hooks. */
export function replaceArticleBody(
  db: Db,
  a: {
    id: ArticleId;
    title?: string;
    html: string;
    text: string;
    wordCount: number;
    excerpt: string | null;
    textHash: string;
    language?: string | null;
    now: string;
  },
): void {
  db.prepare(
    `UPDATE articles SET html = @html, text = @text, word_count = @wordCount, excerpt = @excerpt,
       text_hash = @textHash, title = coalesce(@title, title), language = coalesce(@language, language),
       updated_at = @now
     WHERE id = @id`,
  ).run({ title: null, language: null, ...a });
}
