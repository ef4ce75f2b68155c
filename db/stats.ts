import type { Db } from './open';

export interface TableCounts {
  articles: number;
  tags: number;
  entities: number;
  notes: number;
  quotes: number;
}

export function countEverything(db: Db): TableCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM articles) AS articles,
              (SELECT count(*) FROM tags) AS tags,
              (SELECT count(*) FROM entities WHERE status = 'confirmed') AS entities,
              (SELECT count(*) FROM notes) AS notes,
              (SELECT count(*) FROM quotes) AS quotes`,
    )
    .get() as TableCounts;
}

/** Bytes the library occupies inside SQLite (pages in use), valid for in-memory libraries too. */
export function databaseBytes(db: Db): number {
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return pageCount * pageSize;
}
