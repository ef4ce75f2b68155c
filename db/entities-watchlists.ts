import type { ArticleId, EntityId, TagId, WatchlistId, WatchlistInput, WatchlistSummary } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** A watch list as stored: its definition lives in definition_json. */
export type WatchlistRow = Pick<WatchlistSummary, 'id' | 'name' | 'tag' | 'queries'> &
  Pick<WatchlistInput, 'entityIds'> & {
    tagId: TagId | null;
    lastSeenAt: string | null;
  };

interface RawRow {
  id: number;
  name: string;
  tag_id: number | null;
  tag: string | null;
  definition_json: string;
  last_seen_at: string | null;
}

function toRow(r: RawRow): WatchlistRow {
  const def = JSON.parse(r.definition_json) as { entityIds?: unknown; queries?: unknown };
  return {
    id: r.id as WatchlistId,
    name: r.name,
    tagId: r.tag_id as TagId | null,
    tag: r.tag,
    entityIds: Array.isArray(def.entityIds) ? (def.entityIds.filter((n) => typeof n === 'number') as EntityId[]) : [],
    queries: Array.isArray(def.queries) ? (def.queries.filter((q) => typeof q === 'string') as string[]) : [],
    lastSeenAt: r.last_seen_at,
  };
}

const SELECT = `SELECT w.id, w.name, w.tag_id, t.name AS tag, w.definition_json, w.last_seen_at
  FROM watchlists w LEFT JOIN tags t ON t.id = w.tag_id`;

export function listWatchlistRows(db: Db): WatchlistRow[] {
  return (cachedStatement(db, `${SELECT} ORDER BY w.name COLLATE NOCASE`).all() as RawRow[]).map(toRow);
}

export function getWatchlistRow(db: Db, id: WatchlistId): WatchlistRow | undefined {
  const r = db.prepare(`${SELECT} WHERE w.id = @id`).get({ id }) as RawRow | undefined;
  return r ? toRow(r) : undefined;
}

export function findWatchlistByName(db: Db, name: string): WatchlistId | undefined {
  const r = db.prepare('SELECT id FROM watchlists WHERE name = @name COLLATE NOCASE').get({ name }) as
    { id: number } | undefined;
  return r?.id as WatchlistId | undefined;
}

export type WatchlistFields = Pick<WatchlistInput, 'name' | 'entityIds' | 'queries'> & { tagId: TagId };

export function insertWatchlist(db: Db, fields: WatchlistFields, now: string): WatchlistId {
  const info = db
    .prepare(
      `INSERT INTO watchlists (name, tag_id, definition_json, last_seen_at, created_at)
       VALUES (@name, @tagId, @definition, @now, @now)`,
    )
    .run({
      name: fields.name,
      tagId: fields.tagId,
      definition: JSON.stringify({ entityIds: fields.entityIds, queries: fields.queries }),
      now,
    });
  return Number(info.lastInsertRowid) as WatchlistId;
}

export function updateWatchlist(db: Db, id: WatchlistId, fields: WatchlistFields): void {
  db.prepare('UPDATE watchlists SET name = @name, tag_id = @tagId, definition_json = @definition WHERE id = @id').run({
    id,
    name: fields.name,
    tagId: fields.tagId,
    definition: JSON.stringify({ entityIds: fields.entityIds, queries: fields.queries }),
  });
}

export function deleteWatchlistRow(db: Db, id: WatchlistId): boolean {
  return db.prepare('DELETE FROM watchlists WHERE id = @id').run({ id }).changes > 0;
}

export function markWatchlistSeenAt(db: Db, id: WatchlistId, now: string): void {
  db.prepare('UPDATE watchlists SET last_seen_at = @now WHERE id = @id').run({ id, now });
}

/** Articles carrying the list's tag, and those among them stored after the list was last opened. */
export function countWatchlistMatches(
  db: Db,
  tagId: TagId | null,
  lastSeenAt: string | null,
): { matches: number; fresh: number } {
  if (tagId === null) return { matches: 0, fresh: 0 };
  return db
    .prepare(
      `SELECT count(*) AS matches, coalesce(sum(@lastSeenAt IS NULL OR a.created_at > @lastSeenAt), 0) AS fresh
       FROM article_tags at JOIN articles a ON a.id = at.article_id WHERE at.tag_id = @tagId`,
    )
    .get({ tagId, lastSeenAt }) as { matches: number; fresh: number };
}

/** Entity ids mentioned in an article (any status). */
export function listEntityIdsOfArticle(db: Db, articleId: ArticleId): Set<EntityId> {
  const rows = db
    .prepare('SELECT DISTINCT entity_id FROM mentions WHERE article_id = @articleId')
    .all({ articleId }) as { entity_id: number }[];
  return new Set(rows.map((r) => r.entity_id as EntityId));
}

/** Articles (id, title, text) in id order after `afterId`, to apply a new list to the library. */
export function listArticlesForWatch(
  db: Db,
  afterId: number,
  limit: number,
): { id: ArticleId; title: string; text: string }[] {
  return db
    .prepare('SELECT id, title, text FROM articles WHERE id > @afterId ORDER BY id LIMIT @limit')
    .all({ afterId, limit }) as {
    id: ArticleId;
    title: string;
    text: string;
  }[];
}
