import type { Article } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';
import { META, whereSql, type SearchSql } from './search-query';

/**
 * Collecting a search's hits. Ranking is what costs: bm25 reads each hit's document size and
 * positions, so scoring every hit of a word found in a thousand articles costs ten times more
 * than listing them. A search therefore asks SQLite for two things: the best-ranked hits it
 * shows (a sorter keeps only the first `limit`), and, only when there are more hits than that,
 * the bare ids of all of them (what the counts and facets need).
 */

/**
 * bm25 column weights, in SEARCH_COLUMNS order: title, byline, body. A hit in the headline
 * outranks one in the body.
 */
export const BM25_WEIGHTS: readonly number[] = [10, 3, 1];
const BM25 = `bm25(search_fts, ${BM25_WEIGHTS.map((w) => w.toFixed(1)).join(', ')})`;

/**
 * How notes take part in article search. A note is the reporter's own words about an article, so
 * an article whose note matches is a hit too (a note matching "ministry" finds the article it was
 * written on). A note's bm25 counts at half weight, added to the article's own score when both
 * match: the article's text stays the main evidence. The notes index has its own statistics, so
 * the weight keeps a few notes from outranking many articles. Each of the article and its notes is
 * matched on its own: `a AND b` with `a` in the article and `b` only in a note is no hit.
 */
const NOTE_BM25 = 'bm25(search_notes_fts, 0.0, 0.0, 1.0)';
const NOTE_WEIGHT = 0.5;

/** One ranked hit: the article and its score (bm25: lower is better; 0 for a hit with no text to rank). */
export interface HitRow {
  id: number;
  score: number;
}

/** How hits are ordered: by relevance (score, then newest id), or by date (newest first, undated last, then as relevance). */
export type HitOrder = 'relevance' | 'date';

/** A hit with what both orders compare. */
interface SortableHit extends HitRow {
  publishedAt: string | null;
}

/** Relevance order, as ORDER_BY.relevance: lower score first, then the newer id. */
export function compareByRelevance(x: HitRow, y: HitRow): number {
  return x.score - y.score || y.id - x.id;
}

/** The same comparison as the ORDER BY clauses below (used when note hits are merged in). */
function compareHits(order: HitOrder): (x: SortableHit, y: SortableHit) => number {
  const relevance = compareByRelevance;
  if (order === 'relevance') return relevance;
  return (x, y) => {
    if ((x.publishedAt === null) !== (y.publishedAt === null)) return x.publishedAt === null ? 1 : -1;
    if (x.publishedAt !== y.publishedAt) return x.publishedAt! < y.publishedAt! ? 1 : -1;
    return relevance(x, y);
  };
}

const ORDER_BY: Record<HitOrder, string> = {
  relevance: 'ORDER BY score, id DESC',
  date: 'ORDER BY publishedAt IS NULL, publishedAt DESC, score, id DESC',
};

/**
 * The first `limit` hits of a search in an order. Fewer than `limit` rows means these are all of
 * its hits. `noted` is listNotedHits' answer when the caller already has it.
 */
export function rankSearchHits(
  db: Db,
  q: SearchSql,
  order: HitOrder,
  limit: number,
  noted?: readonly NotedHit[],
): HitRow[] {
  const w = whereSql(q.where);
  if (q.match === null) {
    // No text every hit contains: the filters find the hits, the positive text (if any) ranks them.
    const ranked =
      q.rank === null
        ? '(SELECT NULL AS doc, 0 AS bm25 WHERE false)'
        : `(SELECT rowid AS doc, ${BM25} AS bm25 FROM search_fts WHERE search_fts MATCH ?)`;
    const rows = cachedStatement(
      db,
      `WITH s AS MATERIALIZED ${ranked}
       SELECT a.id, coalesce(s.bm25, 0) AS score, a.published_at AS publishedAt FROM ${META} LEFT JOIN s ON s.doc = a.id
       WHERE a.id IN (SELECT article_id FROM search_docs) AND ${w.sql} ${ORDER_BY[order]} LIMIT ?`,
    ).all(...(q.rank === null ? [] : [q.rank]), ...w.params, limit) as SortableHit[];
    return rows.map(toHitRow);
  }
  const join = q.where.length === 0 && order === 'relevance' ? '' : `CROSS JOIN ${META} ON a.id = f.rowid`;
  const filter = q.where.length === 0 ? '' : `AND ${w.sql}`;
  const published = join === '' ? 'NULL' : 'a.published_at';
  const own = cachedStatement(
    db,
    `SELECT f.rowid AS id, ${BM25} AS score, ${published} AS publishedAt FROM search_fts f ${join}
     WHERE search_fts MATCH ? ${filter} ${ORDER_BY[order]} LIMIT ?`,
  ).all(q.match, ...w.params, limit) as SortableHit[];
  if (q.withNotes === false) return own.map(toHitRow);
  noted ??= listNotedHits(db, q);
  if (noted.length === 0) return own.map(toHitRow);
  // An article a note matches scores its own bm25 plus the note's: it can only rank higher than
  // its text alone would, so the best hits are among `own` and the noted articles.
  const scoresOfNoted = new Map(
    (
      cachedStatement(
        db,
        `SELECT rowid AS id, ${BM25} AS score FROM search_fts WHERE search_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
      ).all(q.match, JSON.stringify(noted.map((n) => n.id))) as HitRow[]
    ).map((r) => [r.id, r.score]),
  );
  const merged = new Map<number, SortableHit>(own.map((h) => [h.id, h]));
  for (const n of noted)
    merged.set(n.id, { id: n.id, score: (scoresOfNoted.get(n.id) ?? 0) + n.score, publishedAt: n.publishedAt });
  return [...merged.values()].sort(compareHits(order)).slice(0, limit).map(toHitRow);
}

/** The ids of every hit of a search (in no particular order). `noted` as for rankSearchHits. */
export function listSearchHitIds(db: Db, q: SearchSql, noted?: readonly NotedHit[]): number[] {
  const w = whereSql(q.where);
  if (q.match === null) {
    return cachedStatement(
      db,
      `SELECT a.id FROM ${META} WHERE a.id IN (SELECT article_id FROM search_docs) AND ${w.sql}`,
    )
      .pluck()
      .all(...w.params) as number[];
  }
  const own = cachedStatement(
    db,
    q.where.length === 0
      ? 'SELECT rowid FROM search_fts WHERE search_fts MATCH ?'
      : `SELECT f.rowid FROM search_fts f CROSS JOIN ${META} ON a.id = f.rowid WHERE search_fts MATCH ? AND ${w.sql}`,
  )
    .pluck()
    .all(q.match, ...w.params) as number[];
  if (q.withNotes === false) return own;
  noted ??= listNotedHits(db, q);
  if (noted.length === 0) return own;
  const ids = new Set(own);
  for (const n of noted) ids.add(n.id);
  return [...ids];
}

/** An article a note matches, with its best note's weighted score. */
export type NotedHit = SortableHit;

/**
 * The articles that a note matches (each with its best note's weighted score), among those
 * passing the search's filters. Free notes have no article: left out. None for a search without
 * text to match, or while the library has no notes.
 */
export function listNotedHits(db: Db, q: SearchSql): NotedHit[] {
  if (q.match === null || q.withNotes === false) return [];
  const w = whereSql(q.where);
  // Materialized: bm25() is not allowed inside the aggregate that picks each article's best note.
  return cachedStatement(
    db,
    `WITH m AS MATERIALIZED (SELECT rowid AS id, ${NOTE_BM25} AS score FROM search_notes_fts WHERE search_notes_fts MATCH ?)
     SELECT x.id, x.score, a.published_at AS publishedAt FROM (
       SELECT n.article_id AS id, min(m.score) * ${NOTE_WEIGHT} AS score FROM m JOIN notes n ON n.id = m.id
       WHERE n.article_id IS NOT NULL GROUP BY n.article_id) x
     JOIN ${META} ON a.id = x.id ${q.where.length === 0 ? '' : `WHERE ${w.sql}`}`,
  ).all(q.match, ...(q.where.length === 0 ? [] : w.params)) as SortableHit[];
}

function toHitRow(h: SortableHit): HitRow {
  return { id: h.id, score: h.score };
}

/** What a hit shows, and the text its snippet is cut from. */
export type HitArticle = Pick<Article, 'title' | 'publishedAt' | 'siteName' | 'language' | 'text'> & { id: number };

/** The articles of some hits, by id. */
export function getHitArticles(db: Db, ids: readonly number[]): Map<number, HitArticle> {
  if (ids.length === 0) return new Map();
  const rows = cachedStatement(
    db,
    `SELECT a.id, a.title, a.published_at AS publishedAt, a.site_name AS siteName, a.language, a.text
     FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as HitArticle[];
  return new Map(rows.map((r) => [r.id, r]));
}
