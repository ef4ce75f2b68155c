import type { SavedSearchId, SavedSearchSummary } from '../preload/api';
import type { Db } from './open';

/** A saved search with the highest article id its owner has seen. */
export type SavedSearchRow = Pick<SavedSearchSummary, 'id' | 'name' | 'query'> & { seenMaxArticleId: number };

const COLUMNS = 'id, name, query, seen_max_article_id AS seenMaxArticleId';

export function listSavedSearchesWithSeen(db: Db): SavedSearchRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM saved_searches ORDER BY name COLLATE NOCASE, id`).all() as SavedSearchRow[];
}

export function getSavedSearch(db: Db, id: SavedSearchId): SavedSearchRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE id = @id`).get({ id }) as SavedSearchRow | undefined;
}

/** Saves a query; every article already in the library counts as seen. */
export function insertSavedSearch(db: Db, input: { name: string; query: string; now: string }): SavedSearchId {
  const info = db
    .prepare(
      `INSERT INTO saved_searches (name, query, created_at, last_opened_at, seen_max_article_id)
       VALUES (@name, @query, @now, @now, (SELECT coalesce(max(id), 0) FROM articles))`,
    )
    .run(input);
  return Number(info.lastInsertRowid) as SavedSearchId;
}

export function deleteSavedSearchRow(db: Db, id: SavedSearchId): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = @id').run({ id }).changes > 0;
}

/** Records that the owner looked at the results now: later articles are the new ones. */
export function markSavedSearchSeen(db: Db, id: SavedSearchId, now: string): boolean {
  return (
    db
      .prepare(
        `UPDATE saved_searches SET last_opened_at = @now, seen_max_article_id = (SELECT coalesce(max(id), 0) FROM articles)
         WHERE id = @id`,
      )
      .run({ id, now }).changes > 0
  );
}
