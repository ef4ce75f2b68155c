import type {
  ArticleEntity,
  ArticleId,
  EntityAlias,
  EntityDetail,
  EntityId,
  EntityStatus,
  EntitySuggestion,
  EntitySummary,
  EntityType,
} from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

export function listEntitySummaries(db: Db, type?: EntityType): EntitySummary[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.type,
              (SELECT json_group_array(alias) FROM entity_aliases WHERE entity_id = e.id) AS aliases,
              (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id) AS articles
       FROM entities e WHERE e.status = 'confirmed' AND (@type IS NULL OR e.type = @type)
       ORDER BY articles DESC, e.name COLLATE NOCASE`,
    )
    .all({ type: type ?? null }) as { id: number; name: string; type: EntityType; aliases: string; articles: number }[];
  return rows.map((r) => ({
    id: r.id as EntityId,
    name: r.name,
    type: r.type,
    aliases: JSON.parse(r.aliases) as string[],
    articles: r.articles,
  }));
}

export function listEntitiesOfArticle(db: Db, articleId: ArticleId): ArticleEntity[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.type, count(*) AS mentions
       FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = @articleId AND e.status = 'confirmed'
       GROUP BY e.id ORDER BY mentions DESC, e.name`,
    )
    .all({ articleId }) as { id: number; name: string; type: EntityType; mentions: number }[];
  return rows.map((r) => ({ id: r.id as EntityId, name: r.name, type: r.type, mentions: r.mentions }));
}

/* ------------------------------------------------------------- registry */

interface EntityRow {
  id: number;
  name: string;
  type: EntityType;
  description: string;
  status: EntityStatus;
}

interface AliasRow {
  alias: string;
  language: string | null;
  case_sensitive: number;
}

/** A new registry row; aliases are written separately with `insertAliases`. */
export type NewEntity = Pick<EntityDetail, 'name' | 'type' | 'description' | 'status'>;

export function countEntitiesAnyStatus(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM entities').get() as { n: number }).n;
}

export function insertEntity(db: Db, entity: NewEntity, now: string): EntityId {
  const info = cachedStatement(
    db,
    'INSERT INTO entities (name, type, description, status, created_at) VALUES (@name, @type, @description, @status, @now)',
  ).run({
    ...entity,
    now,
  });
  return Number(info.lastInsertRowid) as EntityId;
}

/** Adds aliases to an entity; an alias it already has (same text) is left as it is. */
export function insertAliases(db: Db, entityId: EntityId, aliases: readonly EntityAlias[]): void {
  const stmt = db.prepare(
    `INSERT INTO entity_aliases (entity_id, alias, language, case_sensitive) VALUES (@entityId, @alias, @language, @caseSensitive)
     ON CONFLICT (entity_id, alias) DO NOTHING`,
  );
  for (const a of aliases)
    stmt.run({ entityId, alias: a.alias, language: a.language, caseSensitive: a.caseSensitive ? 1 : 0 });
}

export function deleteAliases(db: Db, entityId: EntityId): void {
  db.prepare('DELETE FROM entity_aliases WHERE entity_id = @entityId').run({ entityId });
}

export function deleteAlias(db: Db, entityId: EntityId, alias: string): boolean {
  return (
    db.prepare('DELETE FROM entity_aliases WHERE entity_id = @entityId AND alias = @alias').run({ entityId, alias })
      .changes > 0
  );
}

export function listAliases(db: Db, entityId: EntityId): EntityAlias[] {
  const rows = db
    .prepare('SELECT alias, language, case_sensitive FROM entity_aliases WHERE entity_id = @entityId ORDER BY id')
    .all({ entityId }) as AliasRow[];
  return rows.map((r) => ({ alias: r.alias, language: r.language, caseSensitive: r.case_sensitive === 1 }));
}

/** The entity with its aliases and article count, or undefined. */
export function getEntityDetail(db: Db, id: EntityId): EntityDetail | undefined {
  const row = db
    .prepare(
      `SELECT id, name, type, description, status,
              (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id) AS articles
       FROM entities e WHERE id = @id`,
    )
    .get({ id }) as (EntityRow & { articles: number }) | undefined;
  if (!row) return undefined;
  return { ...row, id: row.id as EntityId, aliases: listAliases(db, id) };
}

/** Another entity of the same name and type (names compare case-insensitively), if any. */
export function findEntityByNameAndType(db: Db, name: string, type: EntityType): EntityId | undefined {
  const row = db
    .prepare('SELECT id FROM entities WHERE name = @name COLLATE NOCASE AND type = @type')
    .get({ name, type }) as { id: number } | undefined;
  return row?.id as EntityId | undefined;
}

/** Any entity (whatever its status) called `name`, compared case-insensitively. */
export function findEntityByName(db: Db, name: string): { id: EntityId; status: EntityStatus } | undefined {
  const row = db
    .prepare(
      "SELECT id, status FROM entities WHERE name = @name COLLATE NOCASE ORDER BY status = 'confirmed' DESC, id LIMIT 1",
    )
    .get({ name }) as { id: number; status: EntityStatus } | undefined;
  return row ? { id: row.id as EntityId, status: row.status } : undefined;
}

/** Confirmed entities that already use this alias text (case-insensitively), except `exceptId`. */
export function findAliasOwners(db: Db, alias: string, exceptId: EntityId | null): { id: EntityId; name: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT e.id, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE a.alias = @alias COLLATE NOCASE AND e.status = 'confirmed' AND (@exceptId IS NULL OR e.id != @exceptId)`,
    )
    .all({ alias, exceptId }) as { id: EntityId; name: string }[];
}

export function updateEntityRow(
  db: Db,
  id: EntityId,
  fields: { name: string; type: EntityType; description: string; status: EntityStatus },
): void {
  db.prepare(
    'UPDATE entities SET name = @name, type = @type, description = @description, status = @status WHERE id = @id',
  ).run({ ...fields, id });
}

export function deleteEntityRow(db: Db, id: EntityId): boolean {
  return db.prepare('DELETE FROM entities WHERE id = @id').run({ id }).changes > 0;
}

/** Every alias of every confirmed entity: what the matcher is built from. */
export function listMatchableAliases(db: Db): { entityId: EntityId; alias: string; caseSensitive: boolean }[] {
  const rows = db
    .prepare(
      `SELECT a.entity_id, a.alias, a.case_sensitive FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE e.status = 'confirmed' ORDER BY a.entity_id, a.id`,
    )
    .all() as { entity_id: number; alias: string; case_sensitive: number }[];
  return rows.map((r) => ({
    entityId: r.entity_id as EntityId,
    alias: r.alias,
    caseSensitive: r.case_sensitive === 1,
  }));
}

/** Names the suggestion finder must not propose again: every name and alias, of every status. */
export function listKnownNames(db: Db): string[] {
  return (
    db.prepare('SELECT name AS n FROM entities UNION SELECT alias AS n FROM entity_aliases').all() as { n: string }[]
  ).map((r) => r.n);
}

/** Suggested entities by name, for the finder to attach new mentions to. */
export function listSuggestedIdsByName(db: Db): Map<string, EntityId> {
  const rows = db.prepare("SELECT id, name FROM entities WHERE status = 'suggested'").all() as {
    id: number;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.name, r.id as EntityId]));
}

/** Suggestions with how often and where they were seen, most frequent first. */
export function listSuggestionRows(db: Db, limit: number): EntitySuggestion[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles
       FROM entities e JOIN mentions m ON m.entity_id = e.id
       WHERE e.status = 'suggested'
       GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name COLLATE NOCASE LIMIT @limit`,
    )
    .all({ limit }) as { id: number; name: string; type: EntityType; mentions: number; articles: number }[];
  return rows.map((r) => ({ ...r, id: r.id as EntityId }));
}

/** Suggestions nothing mentions any more (their articles were deleted or re-scanned). */
export function deleteOrphanSuggestions(db: Db): number {
  return db
    .prepare(
      "DELETE FROM entities WHERE status = 'suggested' AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)",
    )
    .run().changes;
}

export function entityExists(db: Db, id: EntityId): boolean {
  return cachedStatement(db, 'SELECT 1 FROM entities WHERE id = @id').get({ id }) !== undefined;
}

/** The entity with exactly this name and type (uses the unique index; for hot paths). */
export function findEntityExact(db: Db, name: string, type: EntityType): EntityId | undefined {
  const row = cachedStatement(db, 'SELECT id FROM entities WHERE name = @name AND type = @type').get({ name, type }) as
    { id: number } | undefined;
  return row?.id as EntityId | undefined;
}
