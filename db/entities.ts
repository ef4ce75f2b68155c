import type { ArticleEntity, ArticleId, EntityId, EntitySummary, EntityType } from '../preload/api';
import type { Db } from './open';

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
