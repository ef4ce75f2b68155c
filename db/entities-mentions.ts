import type { ArticleId, ArticleMention, EntityId, EntityType } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** A mention to store: offsets into the article's plain text, end exclusive. */
export type NewMention = Pick<ArticleMention, 'entityId' | 'start' | 'end'> & { alias: string };

export function deleteMentionsOfArticle(db: Db, articleId: ArticleId): void {
  cachedStatement(db, 'DELETE FROM mentions WHERE article_id = @articleId').run({ articleId });
}

export function insertMentions(db: Db, articleId: ArticleId, mentions: readonly NewMention[]): void {
  if (mentions.length === 0) return;
  const stmt = cachedStatement(
    db,
    'INSERT INTO mentions (article_id, entity_id, start, end, alias) VALUES (@articleId, @entityId, @start, @end, @alias)',
  );
  for (const m of mentions) stmt.run({ articleId, entityId: m.entityId, start: m.start, end: m.end, alias: m.alias });
}

/** Mentions of confirmed entities in one article, in text order: what the reader highlights. */
export function listMentionsOfArticle(db: Db, articleId: ArticleId): ArticleMention[] {
  const rows = db
    .prepare(
      `SELECT m.entity_id, e.name, e.type, m.start, m.end FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = @articleId AND e.status = 'confirmed' ORDER BY m.start`,
    )
    .all({ articleId }) as { entity_id: number; name: string; type: EntityType; start: number; end: number }[];
  return rows.map((r) => ({
    entityId: r.entity_id as EntityId,
    name: r.name,
    type: r.type,
    start: r.start,
    end: r.end,
  }));
}

/** Hands every mention of one entity to another (merging entities). */
export function moveMentions(db: Db, fromId: EntityId, toId: EntityId): void {
  db.prepare('UPDATE mentions SET entity_id = @toId WHERE entity_id = @fromId').run({ fromId, toId });
}

export function deleteMentionsOfEntity(db: Db, entityId: EntityId): void {
  db.prepare('DELETE FROM mentions WHERE entity_id = @entityId').run({ entityId });
}

/** Ids of articles that mention an entity. */
export function listArticleIdsMentioning(db: Db, entityId: EntityId): ArticleId[] {
  return (
    db.prepare('SELECT DISTINCT article_id FROM mentions WHERE entity_id = @entityId').all({ entityId }) as {
      article_id: number;
    }[]
  ).map((r) => r.article_id as ArticleId);
}

/** Every mention in an article, with its entity's type and status (benchmarks compare them with hand labels). */
export function listMentionsWithStatus(
  db: Db,
  articleId: ArticleId,
): { start: number; end: number; type: EntityType; status: string; name: string }[] {
  return db
    .prepare(
      `SELECT m.start, m.end, e.type, e.status, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = @articleId ORDER BY m.start`,
    )
    .all({ articleId }) as { start: number; end: number; type: EntityType; status: string; name: string }[];
}

/** The stored mentions of an article, with row ids (to update only what changed on a re-scan). */
export function listStoredMentions(
  db: Db,
  articleId: ArticleId,
): { id: number; entityId: EntityId; start: number; end: number; alias: string }[] {
  return cachedStatement(
    db,
    'SELECT id, entity_id AS entityId, start, end, alias FROM mentions WHERE article_id = @articleId',
  ).all({ articleId }) as {
    id: number;
    entityId: EntityId;
    start: number;
    end: number;
    alias: string;
  }[];
}

export function deleteMentionById(db: Db, id: number): void {
  cachedStatement(db, 'DELETE FROM mentions WHERE id = @id').run({ id });
}

/**
 * Makes an article's stored mentions equal to `mentions`, touching only the rows that differ:
 * after a small registry change most articles keep every mention, and a re-scan then only reads.
 */
export function replaceMentionsOfArticle(db: Db, articleId: ArticleId, mentions: readonly NewMention[]): void {
  const key = (m: { entityId: number; start: number; end: number; alias: string }) =>
    `${m.entityId}:${m.start}:${m.end}:${m.alias}`;
  const wanted = new Map(mentions.map((m) => [key(m), m]));
  for (const stored of listStoredMentions(db, articleId)) {
    const k = key(stored);
    if (wanted.has(k)) wanted.delete(k);
    else deleteMentionById(db, stored.id);
  }
  insertMentions(db, articleId, [...wanted.values()]);
}
