import type { Db } from './open';
import { searchStatement } from './search-statements';

/** Tables whose changes invalidate what a search keeps in memory between queries. */
export type WatchedTable = 'entities' | 'tags' | 'article_tags';

const WATCHED: Record<WatchedTable, string[]> = {
  // Only a change of confirmed status matters to the entities facet (names are read at query time).
  entities: [
    "AFTER INSERT ON main.entities WHEN new.status = 'confirmed'",
    'AFTER UPDATE ON main.entities WHEN old.status IS NOT new.status OR old.id IS NOT new.id',
    "AFTER DELETE ON main.entities WHEN old.status = 'confirmed'",
  ],
  tags: ['AFTER INSERT ON main.tags', 'AFTER UPDATE ON main.tags', 'AFTER DELETE ON main.tags'],
  article_tags: ['AFTER INSERT ON main.article_tags', 'AFTER UPDATE ON main.article_tags', 'AFTER DELETE ON main.article_tags'],
};

/**
 * Calls `onChange` whenever this connection writes one of the watched tables (cascades
 * included), through temporary triggers: they live only in this connection and never touch the
 * library file. Writes by other connections are seen through `readDataVersion` instead.
 */
export function watchSearchTables(db: Db, onChange: (table: WatchedTable) => void): void {
  db.function('dossier_search_table_changed', { deterministic: false }, (table: unknown) => {
    onChange(table as WatchedTable);
    return null;
  });
  for (const [table, events] of Object.entries(WATCHED)) {
    events.forEach((event, i) => {
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS search_watch_${table}_${i} ${event} BEGIN SELECT dossier_search_table_changed('${table}'); END`);
    });
  }
}

/** A number that changes whenever another connection (a worker, another process) commits to the library. */
export function readDataVersion(db: Db): number {
  return searchStatement(db, 'PRAGMA data_version').pluck().get() as number;
}

/** Refills temp.search_confirmed_entities from the entities table. */
export function refillConfirmedEntities(db: Db): void {
  searchStatement(db, 'DELETE FROM temp.search_confirmed_entities').run();
  searchStatement(db, "INSERT INTO temp.search_confirmed_entities (id) SELECT id FROM entities WHERE status = 'confirmed'").run();
}

/** Every (article, tag) pair, as [articleId, tagId] rows. */
export function listArticleTagPairs(db: Db): [number, number][] {
  return searchStatement(db, 'SELECT article_id, tag_id FROM article_tags').raw(true).all() as [number, number][];
}

/** Every tag's id and name. */
export function listTagNames(db: Db): { id: number; name: string }[] {
  return searchStatement(db, 'SELECT id, name FROM tags').all() as { id: number; name: string }[];
}
