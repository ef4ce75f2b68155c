import type { SavedSearchId, SavedSearchSummary } from '../preload/api';
import type { Db } from './open';

/** Saved searches; `newMatches` is filled in by the search capability, which can run the query. */
export function listSavedSearchRows(db: Db): Omit<SavedSearchSummary, 'newMatches'>[] {
  const rows = db.prepare('SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE').all() as {
    id: number;
    name: string;
    query: string;
  }[];
  return rows.map((r) => ({ id: r.id as SavedSearchId, name: r.name, query: r.query }));
}
