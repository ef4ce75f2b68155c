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
  const n = byId.length;
  const lists = db
    .prepare(set.all ? ARTICLE_ENTITIES_SQL.all : ARTICLE_ENTITIES_SQL.ids)
    .pluck()
    .all({ ...(set.all ? {} : { ids: JSON.stringify(set.ids) }), entityIds: JSON.stringify(byId) }) as string[];
  const together = countPairs(lists, byId);
  return strongestCells(together, minWeight, limit).map((cell) => ({
    source: byId[Math.floor(cell / n)]!,
    target: byId[cell % n]!,
    articles: together[cell]!,
  }));
}

/**
 * For each pair of the entities (by rank in `byId`), in how many of the lists both appear: an
 * N × N matrix, upper triangle used. The lists are parsed by hand (digits and commas): at 50,000
 * articles, splitting them into strings cost more than the counting.
 */
function countPairs(lists: readonly string[], byId: readonly number[]): Uint32Array {
  const n = byId.length;
  const rankOf = new Map<number, number>(byId.map((id, i) => [id, i]));
  const together = new Uint32Array(n * n);
  // The list an entity was last seen in, so an entity named twice in one article counts once.
  const seenIn = new Int32Array(n).fill(-1);
  const inArticle = new Int32Array(n);
  for (let article = 0; article < lists.length; article++) {
    const list = lists[article]!;
    let count = 0;
    let id = 0;
    for (let at = 0; at <= list.length; at++) {
      const code = at < list.length ? list.charCodeAt(at) : 44;
      if (code !== 44) {
        id = id * 10 + code - 48;
        continue;
      }
      const r = rankOf.get(id)!;
      id = 0;
      if (seenIn[r] === article) continue;
      seenIn[r] = article;
      for (let k = 0; k < count; k++) {
        const other = inArticle[k]!;
        together[other < r ? other * n + r : r * n + other]!++;
      }
      inArticle[count++] = r;
    }
  }
  return together;
}

/**
 * The cells of at least `minWeight`, heaviest first then in cell order, at most `limit`. A count of
 * cells per weight finds the lightest weight that makes the cut, so only those cells are sorted,
 * not the hundred thousand pairs a 500-node network has.
 */
function strongestCells(together: Uint32Array, minWeight: number, limit: number): number[] {
  let heaviest = 0;
  for (const w of together) if (w > heaviest) heaviest = w;
  const perWeight = new Uint32Array(heaviest + 1);
  for (const w of together) perWeight[w]!++;
  let cut = Math.max(1, minWeight);
  for (let w = heaviest, kept = 0; w >= cut; w--) {
    kept += perWeight[w]!;
    if (kept >= limit) cut = w;
  }
  const cells: number[] = [];
  for (let cell = 0; cell < together.length; cell++) if (together[cell]! >= cut) cells.push(cell);
  // Stable: cells of one weight stay in cell order, which is (source, target) order.
  return cells.sort((a, b) => together[b]! - together[a]!).slice(0, limit);
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
