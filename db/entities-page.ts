import type { ArticleId, CooccurringEntity, EntityArticle, EntityId, EntityType } from '../preload/api';
import type { Db } from './open';

/** An article that mentions an entity, with the offsets of those mentions. */
export type MentioningArticleRow = Pick<EntityArticle, 'id' | 'title' | 'publishedAt' | 'siteName'> & {
  text: string;
  offsets: [number, number][];
};

/** Articles mentioning an entity, newest first (undated last), with their text for context sentences. */
export function listArticlesMentioning(db: Db, entityId: EntityId, limit: number): MentioningArticleRow[] {
  const rows = db
    .prepare(
      `WITH hits AS (
         SELECT article_id, json_group_array(json_array(start, end)) AS offsets
         FROM (SELECT article_id, start, end FROM mentions WHERE entity_id = @entityId ORDER BY article_id, start)
         GROUP BY article_id
       )
       SELECT a.id, a.title, a.published_at, a.site_name, a.text, hits.offsets
       FROM hits JOIN articles a ON a.id = hits.article_id
       ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT @limit`,
    )
    .all({ entityId, limit }) as {
    id: number;
    title: string;
    published_at: string | null;
    site_name: string | null;
    text: string;
    offsets: string;
  }[];
  return rows.map((r) => ({
    id: r.id as ArticleId,
    title: r.title,
    publishedAt: r.published_at,
    siteName: r.site_name,
    text: r.text,
    offsets: JSON.parse(r.offsets) as [number, number][],
  }));
}

export function countArticlesMentioning(db: Db, entityId: EntityId): number {
  return (
    db
      .prepare('SELECT count(DISTINCT article_id) AS n FROM mentions WHERE entity_id = @entityId')
      .get({ entityId }) as { n: number }
  ).n;
}

/** Confirmed entities that appear in the same articles, by number of shared articles. */
export function listCooccurringEntities(db: Db, entityId: EntityId, limit: number): CooccurringEntity[] {
  const rows = db
    .prepare(
      `WITH arts AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = @entityId)
       SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS articles
       FROM arts JOIN mentions m ON m.article_id = arts.article_id AND m.entity_id != @entityId
       JOIN entities e ON e.id = m.entity_id AND e.status = 'confirmed'
       GROUP BY e.id ORDER BY articles DESC, e.name COLLATE NOCASE LIMIT @limit`,
    )
    .all({ entityId, limit }) as { id: number; name: string; type: EntityType; articles: number }[];
  return rows.map((r) => ({ ...r, id: r.id as EntityId }));
}

/** Mentions per month of publication, oldest first, and the mentions in undated articles. */
export function countMentionsByMonth(
  db: Db,
  entityId: EntityId,
): { months: { month: string; mentions: number }[]; undated: number } {
  const months = db
    .prepare(
      `SELECT substr(a.published_at, 1, 7) AS month, count(*) AS mentions
       FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.entity_id = @entityId AND a.published_at IS NOT NULL
       GROUP BY month ORDER BY month`,
    )
    .all({ entityId }) as { month: string; mentions: number }[];
  const undated = (
    db
      .prepare(
        'SELECT count(*) AS n FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = @entityId AND a.published_at IS NULL',
      )
      .get({ entityId }) as { n: number }
  ).n;
  return { months, undated };
}
