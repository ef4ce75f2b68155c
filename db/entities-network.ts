import type { ArticleId, EntityId, EntityType, NetworkEdge, NetworkEdgeArticle, NetworkNode } from '../preload/api';
import type { Db } from './open';

/**
 * The articles a network reads: every article, or a list (a tag's, a search's). The list goes in
 * as one JSON parameter read with json_each, so no SQL is ever built from it.
 */
export type NetworkArticleSet = { all: true } | { all: false; ids: readonly ArticleId[] };

function scopeParams(set: NetworkArticleSet): { all: 0 | 1; ids: string } {
  return set.all ? { all: 1, ids: '[]' } : { all: 0, ids: JSON.stringify(set.ids) };
}

/**
 * The confirmed entities mentioned in the set's articles, by number of those articles (most
 * first), cut to `limit`; `total` is how many there were before the cut. Reads mentions through
 * mentions_by_entity (entity_id, article_id), which covers the DISTINCT pairs.
 */
export function listNetworkNodes(
  db: Db,
  set: NetworkArticleSet,
  types: readonly EntityType[],
  limit: number,
): { nodes: NetworkNode[]; total: number } {
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.type, count(*) AS articles, count(*) OVER () AS total
       FROM (SELECT DISTINCT entity_id, article_id FROM mentions
             WHERE @all = 1 OR article_id IN (SELECT value FROM json_each(@ids))) m
       JOIN entities e ON e.id = m.entity_id AND e.status = 'confirmed'
       WHERE @anyType = 1 OR e.type IN (SELECT value FROM json_each(@types))
       GROUP BY e.id ORDER BY articles DESC, e.id LIMIT @limit`,
    )
    .all({
      ...scopeParams(set),
      anyType: types.length === 0 ? 1 : 0,
      types: JSON.stringify(types),
      limit,
    }) as { id: number; name: string; type: EntityType; articles: number; total: number }[];
  return {
    nodes: rows.map((r) => ({ id: r.id as EntityId, name: r.name, type: r.type, articles: r.articles })),
    total: rows[0]?.total ?? 0,
  };
}

/**
 * Pairs of the given entities mentioned in the same articles of the set, with the number of
 * those articles, strongest first. `limit + 1` rows are read so the caller knows when it cut.
 * The (entity, article) pairs are materialized once and joined with themselves on the article.
 */
export function listNetworkEdges(
  db: Db,
  set: NetworkArticleSet,
  entityIds: readonly EntityId[],
  minWeight: number,
  limit: number,
): NetworkEdge[] {
  if (entityIds.length < 2) return [];
  const rows = db
    .prepare(
      `WITH pairs AS MATERIALIZED (
         SELECT DISTINCT entity_id, article_id FROM mentions
         WHERE entity_id IN (SELECT value FROM json_each(@entityIds))
           AND (@all = 1 OR article_id IN (SELECT value FROM json_each(@ids)))
       )
       SELECT a.entity_id AS source, b.entity_id AS target, count(*) AS articles
       FROM pairs a JOIN pairs b ON b.article_id = a.article_id AND b.entity_id > a.entity_id
       GROUP BY a.entity_id, b.entity_id HAVING articles >= @minWeight
       ORDER BY articles DESC, source, target LIMIT @limit`,
    )
    .all({ ...scopeParams(set), entityIds: JSON.stringify(entityIds), minWeight, limit }) as {
    source: number;
    target: number;
    articles: number;
  }[];
  return rows.map((r) => ({ source: r.source as EntityId, target: r.target as EntityId, articles: r.articles }));
}

/** Articles of the set that mention both entities, newest first (undated last), and how many there are. */
export function listArticlesMentioningBoth(
  db: Db,
  set: NetworkArticleSet,
  source: EntityId,
  target: EntityId,
  limit: number,
): { total: number; articles: NetworkEdgeArticle[] } {
  const rows = db
    .prepare(
      `WITH both_ AS (
         SELECT article_id FROM mentions WHERE entity_id = @source
         INTERSECT
         SELECT article_id FROM mentions WHERE entity_id = @target
       )
       SELECT a.id, a.title, a.published_at, a.site_name, count(*) OVER () AS total
       FROM both_ JOIN articles a ON a.id = both_.article_id
       WHERE @all = 1 OR a.id IN (SELECT value FROM json_each(@ids))
       ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT @limit`,
    )
    .all({ ...scopeParams(set), source, target, limit }) as {
    id: number;
    title: string;
    published_at: string | null;
    site_name: string | null;
    total: number;
  }[];
  return {
    total: rows[0]?.total ?? 0,
    articles: rows.map((r) => ({
      id: r.id as ArticleId,
      title: r.title,
      publishedAt: r.published_at,
      siteName: r.site_name,
    })),
  };
}

/** Mention rows in the library (the size of what the network's SQL reads). */
export function countMentions(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM mentions').get() as { n: number }).n;
}
