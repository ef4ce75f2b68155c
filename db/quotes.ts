import type { AnchorStatus, ArticleId, Citation, ListQuotesQuery, Quote, QuoteId, QuoteStatus } from '../preload/api';
import type { Db } from './open';

/** A stored quote: everything but the formatted citations, which the core derives. */
export type QuoteRecord = Omit<Quote, 'formatted'>;

interface QuoteRow {
  id: number;
  article_id: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: QuoteStatus;
  anchor_status: AnchorStatus;
  citation_json: string;
  created_at: string;
  updated_at: string;
}

function toQuote(row: QuoteRow): QuoteRecord {
  return {
    id: row.id as QuoteId,
    articleId: row.article_id as ArticleId,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    status: row.status,
    anchorStatus: row.anchor_status,
    citation: JSON.parse(row.citation_json) as Citation,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A quote to store: a new quote starts as to_verify and anchored, so status fields are not given. */
export type NewQuote = Pick<Quote, 'articleId' | 'exact' | 'prefix' | 'suffix' | 'start' | 'end' | 'citation'> & {
  now: string;
};

export function insertQuote(db: Db, quote: NewQuote): QuoteId {
  const info = db
    .prepare(
      `INSERT INTO quotes (article_id, exact, prefix, suffix, start, end, citation_json, created_at, updated_at)
       VALUES (@articleId, @exact, @prefix, @suffix, @start, @end, @citationJson, @now, @now)`,
    )
    .run({ ...quote, citationJson: JSON.stringify(quote.citation) });
  return Number(info.lastInsertRowid) as QuoteId;
}

/**
 * The quote of this very passage of the article, if there is one: same offsets and same text (an
 * orphaned quote keeps old offsets, so the text check keeps it from matching a different passage).
 */
export function findQuoteOfPassage(
  db: Db,
  passage: { articleId: ArticleId; start: number; end: number; exact: string },
): QuoteId | undefined {
  return db
    .prepare(
      `SELECT id FROM quotes
       WHERE article_id = @articleId AND start = @start AND end = @end AND exact = @exact
       ORDER BY id LIMIT 1`,
    )
    .pluck()
    .get(passage) as QuoteId | undefined;
}

export function getQuoteRecord(db: Db, id: QuoteId): QuoteRecord | undefined {
  const row = db.prepare('SELECT * FROM quotes WHERE id = @id').get({ id }) as QuoteRow | undefined;
  return row && toQuote(row);
}

export type QuoteFilter = ListQuotesQuery;

/**
 * Quotes, newest first, narrowed by any of: article, a tag of their article, an entity whose
 * mention (or name or alias) falls inside the passage, and status.
 */
export function listQuoteRecords(db: Db, filter: QuoteFilter = {}): QuoteRecord[] {
  const rows = db
    .prepare(
      `SELECT q.* FROM quotes q
       WHERE (@articleId IS NULL OR q.article_id = @articleId)
         AND (@status IS NULL OR q.status = @status)
         AND (@tag IS NULL OR EXISTS (
               SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id
               WHERE at.article_id = q.article_id AND t.name = @tag))
         AND (@entity IS NULL OR EXISTS (
               SELECT 1 FROM entities e
               WHERE e.name = @entity COLLATE NOCASE AND (
                 EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id AND m.article_id = q.article_id
                         AND m.start >= q.start AND m.end <= q.end)
                 OR instr(lower(q.exact), lower(e.name)) > 0
                 OR EXISTS (SELECT 1 FROM entity_aliases ea WHERE ea.entity_id = e.id
                            AND instr(lower(q.exact), lower(ea.alias)) > 0))))
       ORDER BY q.created_at DESC, q.id DESC`,
    )
    .all({
      articleId: filter.articleId ?? null,
      status: filter.status ?? null,
      tag: filter.tag ?? null,
      entity: filter.entity ?? null,
    }) as QuoteRow[];
  return rows.map(toQuote);
}

/** The quotes of one article, in passage order (the reader's hot path: uses quotes_by_article). */
export function listQuoteRecordsOfArticle(db: Db, articleId: ArticleId): QuoteRecord[] {
  return (db.prepare(QUOTES_OF_ARTICLE_SQL).all({ articleId }) as QuoteRow[]).map(toQuote);
}

export const QUOTES_OF_ARTICLE_SQL = 'SELECT * FROM quotes WHERE article_id = @articleId ORDER BY start, id';

export function updateQuoteStatusRow(db: Db, id: QuoteId, status: QuoteStatus, now: string): boolean {
  return (
    db.prepare('UPDATE quotes SET status = @status, updated_at = @now WHERE id = @id').run({ id, status, now })
      .changes > 0
  );
}

/** Stores where a quote's passage is now; offsets are kept as they were when it is orphaned. */
export function updateQuoteAnchorRow(
  db: Db,
  id: QuoteId,
  anchor: { start: number; end: number; anchorStatus: AnchorStatus },
  now: string,
): void {
  db.prepare(
    `UPDATE quotes SET start = @start, end = @end, anchor_status = @anchorStatus, updated_at = @now
     WHERE id = @id AND (start != @start OR end != @end OR anchor_status != @anchorStatus)`,
  ).run({ id, ...anchor, now });
}

export function deleteQuoteRow(db: Db, id: QuoteId): boolean {
  return db.prepare('DELETE FROM quotes WHERE id = @id').run({ id }).changes > 0;
}

/** Replaces a quote's stored citation (after its article's metadata was corrected). */
export function updateQuoteCitationRow(db: Db, id: QuoteId, citation: Citation): void {
  db.prepare('UPDATE quotes SET citation_json = @citationJson WHERE id = @id').run({
    id,
    citationJson: JSON.stringify(citation),
  });
}
