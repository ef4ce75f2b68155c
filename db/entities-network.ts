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
 * The node ranking's SQL per kind of set: one statement with `@all = 1 OR article_id IN (...)`
 * leaves the planner one plan for both, a scan of the whole library. Exported for the plan test.
 */
export const NODES_SQL = {
  // Counted straight from mentions_by_entity (entity_id, article_id): one ordered pass, no sort.
  all: `SELECT e.id, e.name, e.type, c.articles, count(*) OVER () AS total
        FROM (SELECT entity_id, count(DISTINCT article_id) AS articles FROM mentions GROUP BY entity_id) c
        JOIN entities e ON e.id = c.entity_id AND e.status = 'confirmed'
        WHERE @anyType = 1 OR e.type IN (SELECT value FROM json_each(@types))
        ORDER BY c.articles DESC, e.id LIMIT @limit`,
  // Starts from the set's article ids (one range of search_mentions_by_article_entity each), never the library.
  ids: `SELECT e.id, e.name, e.type, c.articles, count(*) OVER () AS total
        FROM (SELECT entity_id, count(DISTINCT article_id) AS articles FROM mentions
              WHERE article_id IN (SELECT value FROM json_each(@ids)) GROUP BY entity_id) c
        JOIN entities e ON e.id = c.entity_id AND e.status = 'confirmed'
        WHERE @anyType = 1 OR e.type IN (SELECT value FROM json_each(@types))
        ORDER BY c.articles DESC, e.id LIMIT @limit`,
};

/**
 * The confirmed entities mentioned in the set's articles, by number of those articles (most
 * first, then by id), cut to `limit`; `total` is how many there were before the cut.
 */
export function listNetworkNodes(
  db: Db,
  set: NetworkArticleSet,
  types: readonly EntityType[],
  limit: number,
): { nodes: NetworkNode[]; total: number } {
  const rows = db.prepare(set.all ? NODES_SQL.all : NODES_SQL.ids).all({
    ...(set.all ? {} : { ids: JSON.stringify(set.ids) }),
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
 * Each article of the set that mentions two or more of the given entities, as the list of their
 * ids ("3,17,17,40"). The `+` keeps SQLite on the article-ordered index (a bloom filter checks the
 * entity) instead of reading each entity's mentions and sorting them all by article. Exported for
 * the plan test.
 */
export const ARTICLE_ENTITIES_SQL = {
  all: `SELECT group_concat(entity_id) FROM mentions
        WHERE +entity_id IN (SELECT value FROM json_each(@entityIds))
        GROUP BY article_id HAVING count(*) > 1`,
  ids: `SELECT group_concat(entity_id) FROM mentions
        WHERE article_id IN (SELECT value FROM json_each(@ids))
          AND +entity_id IN (SELECT value FROM json_each(@entityIds))
        GROUP BY article_id HAVING count(*) > 1`,
};

/**
 * Pairs of the given entities mentioned in the same articles of the set, with the number of
 * those articles, strongest first (then by source, then target id). `limit + 1` rows are read so
 * the caller knows when it cut.
 *
 * SQL hands over each article's entities (one short string per article); the pairs are counted
 * here in a matrix of the N given entities. A self-join grouped in SQL builds a temporary b-tree of
 * every pair of every article (a million rows at 50,000 articles), which took seconds.
 */
export function listNetworkEdges(
  db: Db,
  set: NetworkArticleSet,
  entityIds: readonly EntityId[],
  minWeight: number,
  limit: number,
): NetworkEdge[] {
  if (entityIds.length < 2) return [];
  // Ranked by id, so rank order is id order: a cell (i < j) is a link with source i, target j.
  const byId = [...new Set(entityIds)].sort((a, b) => a - b);
  const rank = new Map<number, number>(byId.map((id, i) => [id, i]));
  const n = byId.length;
  const together = new Uint32Array(n * n);
  // The article an entity was last seen in, so an entity named twice in one article counts once.
  const seenIn = new Int32Array(n).fill(-1);
  const inArticle: number[] = [];
  const lists = db
    .prepare(set.all ? ARTICLE_ENTITIES_SQL.all : ARTICLE_ENTITIES_SQL.ids)
    .pluck()
    .all({ ...(set.all ? {} : { ids: JSON.stringify(set.ids) }), entityIds: JSON.stringify(byId) }) as string[];
  for (let article = 0; article < lists.length; article++) {
    inArticle.length = 0;
    for (const id of lists[article]!.split(',')) {
      const r = rank.get(Number(id))!;
      if (seenIn[r] === article) continue;
      seenIn[r] = article;
      for (const other of inArticle) together[other < r ? other * n + r : r * n + other]!++;
      inArticle.push(r);
    }
  }
  // One sortable number per link: weight descending, then cell (source then target ascending).
  const cells = n * n;
  const keys: number[] = [];
  for (let cell = 0; cell < cells; cell++) {
    const weight = together[cell]!;
    if (weight >= minWeight && weight > 0) keys.push((2 ** 32 - weight) * cells + cell);
  }
  const sorted = Float64Array.from(keys).sort();
  const edges: NetworkEdge[] = [];
  for (let k = 0; k < sorted.length && k < limit; k++) {
    const cell = sorted[k]! % cells;
    edges.push({
      source: byId[Math.floor(cell / n)]!,
      target: byId[cell % n]!,
      articles: 2 ** 32 - (sorted[k]! - cell) / cells,
    });
  }
  return edges;
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
