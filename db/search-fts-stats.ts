import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/**
 * What bm25 needs from `search_fts`, read directly so that a one-term search can score its hits
 * without FTS5 looking up every hit's document size (see main/core/search/one-term-ranking.ts). These
 * are FTS5's own records, in SQLite's documented on-disk format (https://sqlite.org/fts5.html,
 * "shadow tables"), which SQLite keeps compatible across versions:
 * - the averages record (`search_fts_data`, id 1): the number of rows, then the number of tokens
 *   of each column over all rows, as varints;
 * - `search_fts_docsize`: one row per document, its tokens per column as varints, and (a
 *   contentless_delete table) `origin`, which grows with every insert, so a document inserted
 *   after another always has a larger origin, even if it took a deleted document's rowid.
 * hit-ranking.test.ts checks scores computed from these against FTS5's bm25().
 */

/** The index's columns, in the order bm25 weights them. */
export const SEARCH_COLUMNS = ['title', 'byline', 'body'] as const;

/** The averages record, or null for an index that has never held a document. */
export function readSearchTotalsRecord(db: Db): Buffer | null {
  return (
    (cachedStatement(db, 'SELECT block FROM search_fts_data WHERE id = 1').pluck().get() as Buffer | undefined) ?? null
  );
}

/** One document's size record, as FTS5 stores it. */
export interface DocSizeRow {
  id: number;
  sizes: Buffer;
  origin: number;
}

/** The size records of documents inserted after the one with origin `afterOrigin`. */
export function listDocSizesSince(db: Db, afterOrigin: number): DocSizeRow[] {
  return cachedStatement(db, 'SELECT id, sz AS sizes, origin FROM search_fts_docsize WHERE origin > ?').all(
    afterOrigin,
  ) as DocSizeRow[];
}

/**
 * Every occurrence of one index term, each as `document id * 4 + column index` (SEARCH_COLUMNS
 * order). One JSON array rather than a row per occurrence, which cost nearly twice as much.
 */
export function listTermOccurrences(db: Db, term: string): number[] {
  ensureOccurrenceTable(db);
  const json = cachedStatement(
    db,
    `SELECT json_group_array(doc * 4 + CASE col WHEN 'title' THEN 0 WHEN 'byline' THEN 1 ELSE 2 END)
     FROM temp.search_fts_occurrences WHERE term = ?`,
  )
    .pluck()
    .get(term) as string;
  return JSON.parse(json) as number[];
}

const withOccurrenceTable = new WeakSet<Db>();

/** An fts5vocab table listing the index's term instances, in this connection's temp schema (never in the library file). */
function ensureOccurrenceTable(db: Db): void {
  if (withOccurrenceTable.has(db)) return;
  db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_fts_occurrences USING fts5vocab(main, search_fts, 'instance')",
  );
  withOccurrenceTable.add(db);
}
