import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** Tables whose changes invalidate what a search keeps in memory between queries. */
export type WatchedTable = 'entities' | 'tags' | 'article_tags' | 'mentions';

/** A trigger's event, and the article ids it reports (mentions belong to an article). */
interface Watch {
  event: string;
  articleIds?: string[];
}

const WATCHED: Record<WatchedTable, Watch[]> = {
  // Only a change of confirmed status matters to the entities facet (names are read at query time).
  entities: [
    { event: "AFTER INSERT ON main.entities WHEN new.status = 'confirmed'" },
    { event: 'AFTER UPDATE ON main.entities WHEN old.status IS NOT new.status OR old.id IS NOT new.id' },
    { event: "AFTER DELETE ON main.entities WHEN old.status = 'confirmed'" },
  ],
  tags: [
    { event: 'AFTER INSERT ON main.tags' },
    { event: 'AFTER UPDATE ON main.tags' },
    { event: 'AFTER DELETE ON main.tags' },
  ],
  article_tags: [
    { event: 'AFTER INSERT ON main.article_tags' },
    { event: 'AFTER UPDATE ON main.article_tags' },
    { event: 'AFTER DELETE ON main.article_tags' },
  ],
  // The articles whose mentions changed: the entities facet re-reads only those.
  mentions: [
    { event: 'AFTER INSERT ON main.mentions', articleIds: ['new.article_id'] },
    {
      event:
        'AFTER UPDATE ON main.mentions WHEN old.entity_id IS NOT new.entity_id OR old.article_id IS NOT new.article_id',
      articleIds: ['old.article_id', 'new.article_id'],
    },
    { event: 'AFTER DELETE ON main.mentions', articleIds: ['old.article_id'] },
  ],
};

/**
 * Calls `onChange` whenever this connection writes one of the watched tables (cascades
 * included), through temporary triggers: they live only in this connection and never touch the
 * library file. A change of mentions names the article (once per article id the row had).
 * Writes by other connections are seen through `readDataVersion` instead.
 */
export function watchSearchTables(db: Db, onChange: (table: WatchedTable, articleId: number | null) => void): void {
  db.function('dossier_search_table_changed', { deterministic: false }, (table: unknown, articleId: unknown) => {
    onChange(
      table as WatchedTable,
      typeof articleId === 'number' ? articleId : typeof articleId === 'bigint' ? Number(articleId) : null,
    );
    return null;
  });
  for (const [table, watches] of Object.entries(WATCHED)) {
    watches.forEach(({ event, articleIds = ['NULL'] }, i) => {
      const calls = articleIds.map((id) => `SELECT dossier_search_table_changed('${table}', ${id});`).join(' ');
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS search_watch_${table}_${i} ${event} BEGIN ${calls} END`);
    });
  }
}

/** A number that changes whenever another connection (a worker, another process) commits to the library. */
export function readDataVersion(db: Db): number {
  return cachedStatement(db, 'PRAGMA data_version').pluck().get() as number;
}

/** Every confirmed entity's id and name. */
export function listConfirmedEntityNames(db: Db): { id: number; name: string }[] {
  return cachedStatement(db, "SELECT id, name FROM entities WHERE status = 'confirmed'").all() as {
    id: number;
    name: string;
  }[];
}

/** Every (article, tag) pair, as [articleId, tagId] rows. */
export function listArticleTagPairs(db: Db): [number, number][] {
  return cachedStatement(db, 'SELECT article_id, tag_id FROM article_tags').raw(true).all() as [number, number][];
}

/** Every tag's id and name. */
export function listTagNames(db: Db): { id: number; name: string }[] {
  return cachedStatement(db, 'SELECT id, name FROM tags').all() as { id: number; name: string }[];
}

/**
 * Every (entity, article) pair where the article mentions the confirmed entity, as
 * [entityId, articleId] rows ordered by entity then article (a pair repeats once per mention).
 * Driven from the few confirmed entities through mentions_by_entity, not from every mention.
 */
export function listConfirmedMentionPairs(db: Db): [number, number][] {
  return cachedStatement(
    db,
    "SELECT m.entity_id, m.article_id FROM entities e CROSS JOIN mentions m INDEXED BY mentions_by_entity ON m.entity_id = e.id WHERE e.status = 'confirmed'",
  )
    .raw(true)
    .all() as [number, number][];
}

/** The confirmed entities some articles mention, as [articleId, entityId] rows ordered by article then entity. */
export function listConfirmedMentionsOf(db: Db, articleIds: readonly number[]): [number, number][] {
  return cachedStatement(
    db,
    `SELECT m.article_id, m.entity_id FROM json_each(?) j
     CROSS JOIN mentions m INDEXED BY search_mentions_by_article_entity ON m.article_id = j.value
     CROSS JOIN entities e ON e.id = m.entity_id WHERE e.status = 'confirmed'`,
  )
    .raw(true)
    .all(JSON.stringify(articleIds)) as [number, number][];
}
