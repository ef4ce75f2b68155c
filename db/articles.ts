import type {
  Article,
  ArticleForReader,
  ArticleFormat,
  ArticleId,
  ArticleSummary,
  MetadataSource,
  SourceInfo,
} from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';
import { writeTransaction } from './write-transaction';
import type { OcrPlan } from './ocr';

/** The article's own fields as the contract describes them: what the articles table stores of it. */
export type ArticleContent = Pick<
  ArticleForReader,
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedAt'
  | 'language'
  | 'url'
  | 'canonicalUrl'
  | 'excerpt'
  | 'html'
  | 'text'
  | 'wordCount'
  | 'format'
>;

/** What the importer (or the demo loader) hands over to be stored as one article. */
export type NewArticle = ArticleContent & {
  /** Where the date came from; left out (unknown) by callers that do not know, such as the demo. */
  publishedAtSource?: MetadataSource | null;
  textHash: string;
  metadata: Record<string, unknown>;
  /** Set when some pages must be read by OCR: the article is stored "text pending" (see main/core/ocr). */
  ocrPlan?: OcrPlan;
};

interface ArticleRow {
  id: number;
  title: string;
  byline: string | null;
  site_name: string | null;
  published_at: string | null;
  published_at_source: MetadataSource | null;
  language: string | null;
  url: string | null;
  canonical_url: string | null;
  excerpt: string | null;
  html: string;
  text: string;
  word_count: number;
  format: ArticleFormat;
  file_name: string;
  sha256: string;
  bytes: number;
  imported_at: string;
}

interface SummaryRow {
  id: number;
  title: string;
  byline: string | null;
  site_name: string | null;
  published_at: string | null;
  language: string | null;
  excerpt: string | null;
  word_count: number;
  format: ArticleFormat;
  tags: string | null;
}

/** Inserts an article row for an already stored source; the caller owns the transaction. */
export function insertArticle(db: Db, sourceId: number, article: NewArticle, now: string): ArticleId {
  const info = cachedStatement(
    db,
    `INSERT INTO articles (source_id, title, byline, site_name, published_at, published_at_source, language, url,
         canonical_url, excerpt, html, text, word_count, format, text_hash, metadata_json, created_at, updated_at)
       VALUES (@sourceId, @title, @byline, @siteName, @publishedAt, @publishedAtSource, @language, @url,
         @canonicalUrl, @excerpt, @html, @text, @wordCount, @format, @textHash, @metadataJson, @now, @now)`,
  ).run({
    ...article,
    // A date without a known source is recorded as unknown; no date has no source.
    publishedAtSource: article.publishedAt === null ? null : (article.publishedAtSource ?? null),
    sourceId,
    metadataJson: JSON.stringify(article.metadata),
    now,
  });
  return Number(info.lastInsertRowid) as ArticleId;
}

const SUMMARY_COLUMNS = `a.id, a.title, a.byline, a.site_name, a.published_at, a.language, a.excerpt, a.word_count, a.format,
  (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tags`;

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id as ArticleId,
    title: row.title,
    byline: row.byline,
    siteName: row.site_name,
    publishedAt: row.published_at,
    language: row.language,
    excerpt: row.excerpt,
    wordCount: row.word_count,
    format: row.format,
    tags: row.tags ? (JSON.parse(row.tags) as string[]).sort() : [],
  };
}

/** Newest first by publication date; articles without a date come last. */
export function listArticleSummaries(db: Db, query: { tag?: string; limit: number; offset: number }): ArticleSummary[] {
  const rows = query.tag
    ? db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM articles a
           JOIN article_tags f ON f.article_id = a.id JOIN tags ft ON ft.id = f.tag_id AND ft.name = @tag
           ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT @limit OFFSET @offset`,
        )
        .all(query)
    : db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM articles a
           ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT @limit OFFSET @offset`,
        )
        .all(query);
  return (rows as SummaryRow[]).map(toSummary);
}

export function countArticles(db: Db, query: { tag?: string } = {}): number {
  const row = query.tag
    ? db
        .prepare(`SELECT count(*) AS n FROM article_tags f JOIN tags t ON t.id = f.tag_id WHERE t.name = @tag`)
        .get(query)
    : db.prepare('SELECT count(*) AS n FROM articles').get();
  return (row as { n: number }).n;
}

export function getArticleSummaries(db: Db, ids: readonly ArticleId[]): ArticleSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))`)
    .all({ ids: JSON.stringify(ids) }) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type StoredArticle = Omit<
  Article,
  'entities' | 'notes' | 'quotes' | 'tags' | 'editedFields' | 'extracted' | 'family'
> & {
  html: string;
};

export function getArticleRow(db: Db, id: ArticleId): StoredArticle | undefined {
  const row = db
    .prepare(
      `SELECT a.id, a.title, a.byline, a.site_name, a.published_at, a.published_at_source, a.language, a.url,
              a.canonical_url, a.excerpt, a.html, a.text, a.word_count, a.format, s.file_name, s.sha256, s.bytes, s.imported_at
       FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = @id`,
    )
    .get({ id }) as ArticleRow | undefined;
  if (!row) return undefined;
  const source: SourceInfo = {
    fileName: row.file_name,
    sha256: row.sha256,
    bytes: row.bytes,
    importedAt: row.imported_at,
  };
  return {
    id: row.id as ArticleId,
    title: row.title,
    byline: row.byline,
    siteName: row.site_name,
    publishedAt: row.published_at,
    publishedAtSource: row.published_at_source,
    language: row.language,
    url: row.url,
    canonicalUrl: row.canonical_url,
    excerpt: row.excerpt,
    html: row.html,
    text: row.text,
    wordCount: row.word_count,
    format: row.format,
    source,
  };
}

/** The ids of articles that would duplicate one with this canonical URL or this text hash. */
export function findDuplicateArticle(
  db: Db,
  key: { canonicalUrl: string | null; textHash: string },
): ArticleId | undefined {
  const row = cachedStatement(
    db,
    `SELECT id FROM articles WHERE text_hash = @textHash
       UNION ALL SELECT id FROM articles WHERE @canonicalUrl IS NOT NULL AND canonical_url = @canonicalUrl
       LIMIT 1`,
  ).get(key) as { id: number } | undefined;
  return row ? (row.id as ArticleId) : undefined;
}

export function countArticleNotesAndQuotes(db: Db, id: ArticleId): { notes: number; quotes: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM notes WHERE article_id = @id) AS notes,
              (SELECT count(*) FROM quotes WHERE article_id = @id) AS quotes`,
    )
    .get({ id }) as { notes: number; quotes: number };
}

/** Deletes an article and its source file; tags links, mentions, notes and quotes go with it. */
export function deleteArticleRow(db: Db, id: ArticleId): boolean {
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT source_id FROM articles WHERE id = @id').get({ id }) as
      { source_id: number } | undefined;
    if (!row) return false;
    db.prepare('DELETE FROM articles WHERE id = @id').run({ id });
    db.prepare('DELETE FROM sources WHERE id = @sourceId').run({ sourceId: row.source_id });
    return true;
  });
}
