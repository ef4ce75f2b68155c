import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** A condition on an article, built by the query compiler; turned into SQL only here. */
export type SearchPredicate =
  | { kind: 'match'; expr: string }
  | { kind: 'mentions'; entityIds: number[] }
  | { kind: 'tag'; name: string }
  | { kind: 'entity'; name: string }
  | { kind: 'lang'; code: string }
  | { kind: 'format'; format: string }
  | { kind: 'date'; from: string | null; to: string | null }
  | { kind: 'site'; text: string }
  | { kind: 'and' | 'or'; children: SearchPredicate[] }
  | { kind: 'not'; child: SearchPredicate };

/** What a search runs: an FTS5 expression that drives it (or null) and predicates on `a` (articles). */
export interface SearchSql {
  match: string | null;
  where: readonly SearchPredicate[];
  rank: string | null;
  /** False when the library has no notes (their index is then not queried). */
  withNotes?: boolean;
}

/** bm25 column weights: title, byline, body. A hit in the headline outranks one in the body. */
const BM25 = 'bm25(search_fts, 10.0, 3.0, 1.0)';

/** Articles through their narrow covering index: filters and facets never read the wide rows. */
export const META = 'articles a INDEXED BY search_articles_meta';

/**
 * How notes take part in article search. A note is the reporter's own words about an article, so
 * an article whose note matches is a hit too (a note matching "ministry" finds the article it was
 * written on). A note's bm25 counts at half weight, added to the article's own score when both
 * match: the article's text stays the main evidence. The notes index has its own statistics, so
 * the weight keeps a few notes from outranking many articles. Each of the article and its notes is
 * matched on its own: `a AND b` with `a` in the article and `b` only in a note is no hit.
 */
const NOTE_BM25 = 'bm25(search_notes_fts, 0.0, 0.0, 1.0)';
const NOTE_WEIGHT = 0.5;
/** Articles with a note that matches an FTS expression (free notes have no article: left out). */
const NOTED_ARTICLES =
  'SELECT n.article_id FROM search_notes_fts JOIN notes n ON n.id = search_notes_fts.rowid WHERE search_notes_fts MATCH ? AND n.article_id IS NOT NULL';

export interface Fragment {
  sql: string;
  params: unknown[];
}

/**
 * Builds SQL from fixed fragments for a predicate tree. Every value the user typed is a bound
 * parameter; only this file's constant strings are concatenated (a query language needs a
 * dynamic WHERE, and this keeps it in db/).
 */
function predicateSql(p: SearchPredicate, negated = false): Fragment {
  switch (p.kind) {
    case 'match':
      // Under a NOT only the article's own text counts, as an exclusion inside one FTS expression
      // ("chips -ministry") applies to each document alone: an article whose text lacks the word
      // is a hit even if a note of it has the word.
      if (negated) return { sql: 'a.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)', params: [p.expr] };
      return { sql: `(a.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?) OR a.id IN (${NOTED_ARTICLES}))`, params: [p.expr, p.expr] };
    case 'mentions':
      return { sql: 'a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN (SELECT value FROM json_each(?)))', params: [JSON.stringify(p.entityIds)] };
    case 'tag':
      return { sql: 'a.id IN (SELECT x.article_id FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = ?)', params: [p.name] };
    case 'entity':
      return {
        sql: `a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN (
                SELECT e.id FROM entities e WHERE e.name = ? COLLATE NOCASE AND e.status != 'ignored'
                UNION SELECT al.entity_id FROM entity_aliases al WHERE al.alias = ? COLLATE NOCASE))`,
        params: [p.name, p.name],
      };
    case 'lang':
      return { sql: '(lower(a.language) = ? OR a.language LIKE ?)', params: [p.code, `${p.code}-%`] };
    case 'format':
      return { sql: 'a.format = ?', params: [p.format] };
    case 'date':
      return {
        sql: '(a.published_at IS NOT NULL AND (? IS NULL OR a.published_at >= ?) AND (? IS NULL OR a.published_at < ?))',
        params: [p.from, p.from, p.to, p.to],
      };
    case 'site':
      return { sql: "a.site_name LIKE ? ESCAPE '\\'", params: [`%${p.text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`] };
    case 'not': {
      const inner = predicateSql(p.child, !negated);
      return { sql: `NOT (${inner.sql})`, params: inner.params };
    }
    case 'and':
    case 'or': {
      if (p.children.length === 0) return { sql: p.kind === 'and' ? '1' : '0', params: [] };
      const parts = p.children.map((c) => predicateSql(c, negated));
      return { sql: parts.map((f) => `(${f.sql})`).join(p.kind === 'and' ? ' AND ' : ' OR '), params: parts.flatMap((f) => f.params) };
    }
  }
}

/** SQL (over `a`, the articles) that every predicate of a search holds on. */
export function whereSql(where: readonly SearchPredicate[]): Fragment {
  return predicateSql({ kind: 'and', children: [...where] });
}

/** Creates the per-connection scratch table that holds one search's hits. */
export function prepareSearchScratch(db: Db): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY, score REAL NOT NULL)');
  // The confirmed entities, kept by the search's facet cache (see refillConfirmedEntities): the
  // entities facet joins this small table instead of looking up every mention's entity row.
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_confirmed_entities (id INTEGER PRIMARY KEY)');
  // Searches read the same index pages over and over; a 32 MB page cache keeps them in memory.
  db.pragma('cache_size = -32768');
}

/**
 * Fills temp.search_hits with every article the query matches and its score (bm25, lower is
 * better). Returns the number of hits.
 */
export function collectSearchHits(db: Db, q: SearchSql): number {
  cachedStatement(db, 'DELETE FROM temp.search_hits').run();
  const w = whereSql(q.where);
  if (q.match !== null) {
    const sql =
      q.where.length === 0
        ? `INSERT INTO temp.search_hits (id, score) SELECT rowid, ${BM25} FROM search_fts WHERE search_fts MATCH ?`
        : `INSERT INTO temp.search_hits (id, score) SELECT f.rowid, ${BM25} FROM search_fts f JOIN ${META} ON a.id = f.rowid
           WHERE search_fts MATCH ? AND ${w.sql}`;
    const n = cachedStatement(db, sql).run(q.match, ...w.params).changes;
    if (q.withNotes === false) return n;
    // Materialized: bm25() is not allowed inside the aggregate that picks each article's best note.
    const noted = cachedStatement(
      db,
      `WITH m AS MATERIALIZED (SELECT rowid AS id, ${NOTE_BM25} AS score FROM search_notes_fts WHERE search_notes_fts MATCH ?)
         INSERT INTO temp.search_hits (id, score)
         SELECT x.id, x.score FROM (
           SELECT n.article_id AS id, min(m.score) * ${NOTE_WEIGHT} AS score FROM m JOIN notes n ON n.id = m.id
           WHERE n.article_id IS NOT NULL GROUP BY n.article_id) x
         ${q.where.length === 0 ? 'WHERE true' : `JOIN ${META} ON a.id = x.id WHERE ${w.sql}`}
         ON CONFLICT (id) DO UPDATE SET score = score + excluded.score`,
    ).run(q.match, ...(q.where.length === 0 ? [] : w.params)).changes;
    if (noted === 0) return n;
    return (cachedStatement(db, 'SELECT count(*) AS n FROM temp.search_hits').get() as { n: number }).n;
  }
  const n = cachedStatement(
    db,
    `INSERT INTO temp.search_hits (id, score) SELECT a.id, 0 FROM ${META} WHERE a.id IN (SELECT article_id FROM search_docs) AND ${w.sql}`,
  ).run(...w.params).changes;
  if (n > 0 && q.rank !== null) {
    cachedStatement(
      db,
      `UPDATE temp.search_hits AS h SET score = s.score
       FROM (SELECT rowid AS id, ${BM25} AS score FROM search_fts WHERE search_fts MATCH ?) AS s WHERE h.id = s.id`,
    ).run(q.rank);
  }
  return n;
}

/** Counts the hits with an id above `afterId` (saved searches' "new since last opened"). */
export function countSearchMatchesAfter(db: Db, q: SearchSql, afterId: number): number {
  const w = whereSql(q.where);
  if (q.match !== null) {
    const inArticles = cachedStatement(
      db,
      `SELECT count(*) AS n FROM search_fts f JOIN ${META} ON a.id = f.rowid WHERE search_fts MATCH ? AND f.rowid > ? AND ${w.sql}`,
    ).get(q.match, afterId, ...w.params) as { n: number };
    if (q.withNotes === false) return inArticles.n;
    // Articles found only through their notes (the others were counted above).
    const onlyInNotes = cachedStatement(
      db,
      `SELECT count(*) AS n FROM (SELECT DISTINCT article_id AS id FROM (${NOTED_ARTICLES})) x JOIN ${META} ON a.id = x.id
       WHERE a.id > ? AND ${w.sql} AND NOT EXISTS (SELECT 1 FROM search_fts WHERE search_fts MATCH ? AND rowid = x.id)`,
    ).get(q.match, afterId, ...w.params, q.match) as { n: number };
    return inArticles.n + onlyInNotes.n;
  }
  const row = cachedStatement(
    db,
    `SELECT count(*) AS n FROM ${META} WHERE a.id > ? AND a.id IN (SELECT article_id FROM search_docs) AND ${w.sql}`,
  ).get(afterId, ...w.params);
  return (row as { n: number }).n;
}

/** One page of hits from temp.search_hits, with the fields a result row shows. */
export interface SearchHitRow {
  id: number;
  score: number;
  title: string;
  publishedAt: string | null;
  siteName: string | null;
  language: string | null;
}

/**
 * One page of hits. `ranked`, when given, is the best-ranked hits' ids in relevance order (from
 * listTopSearchHitIds): a relevance page within it is cut from it instead of sorting again.
 */
export function pageSearchHits(
  db: Db,
  page: { sort: 'relevance' | 'date'; limit: number; offset: number; ranked?: readonly number[] },
): SearchHitRow[] {
  const { ranked } = page;
  const ids =
    page.sort === 'relevance' && ranked !== undefined && page.offset + page.limit <= ranked.length
      ? ranked.slice(page.offset, page.offset + page.limit)
      : page.sort === 'date'
      ? cachedStatement(
          db,
          `SELECT h.id FROM temp.search_hits h CROSS JOIN ${META} ON a.id = h.id
           ORDER BY a.published_at IS NULL, a.published_at DESC, h.score, h.id DESC LIMIT ? OFFSET ?`,
        )
          .pluck()
          .all(page.limit, page.offset)
      : cachedStatement(db, 'SELECT id FROM temp.search_hits ORDER BY score, id DESC LIMIT ? OFFSET ?').pluck().all(page.limit, page.offset);
  if (ids.length === 0) return [];
  const rows = cachedStatement(
    db,
    `SELECT h.id, h.score, a.title, a.published_at AS publishedAt, a.site_name AS siteName, a.language
     FROM temp.search_hits h JOIN articles a ON a.id = h.id WHERE h.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as SearchHitRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (ids as number[]).flatMap((id) => byId.get(id) ?? []);
}

export interface FacetRow {
  value: string;
  count: number;
}

/** Facet counts counted in SQL (tags are counted from the facet cache). */
export interface RawFacets {
  entities: FacetRow[];
}

/** The ids of every hit in temp.search_hits. */
export function listSearchHitIds(db: Db): number[] {
  return cachedStatement(db, 'SELECT id FROM temp.search_hits').pluck().all() as number[];
}

/** One article's immutable facet fields. */
export interface ArticleFacetMeta {
  id: number;
  siteName: string | null;
  language: string | null;
  publishedAt: string | null;
}

/** Every article's outlet, language and date (from the narrow covering index). */
export function listArticleFacetMeta(db: Db): ArticleFacetMeta[] {
  // Read once per session: not worth a cached statement.
  return db.prepare(`SELECT a.id, a.site_name AS siteName, a.language, a.published_at AS publishedAt FROM ${META}`).all() as ArticleFacetMeta[];
}

/** The ids of the `n` best-ranked hits in temp.search_hits (the order the entities facet samples). */
export function listTopSearchHitIds(db: Db, n: number): number[] {
  return cachedStatement(db, 'SELECT id FROM temp.search_hits ORDER BY score, id DESC LIMIT ?').pluck().all(n) as number[];
}

/**
 * Names entity counts ([entityId, count] pairs) and keeps the `limit` largest, ordered as
 * countSearchFacets orders them (count, then name).
 */
export function nameEntityCounts(db: Db, counts: readonly (readonly [number, number])[], limit: number): FacetRow[] {
  if (counts.length === 0) return [];
  return cachedStatement(
    db,
    `SELECT e.name AS value, json_extract(j.value, '$[1]') AS count FROM json_each(?) j
     JOIN entities e ON e.id = json_extract(j.value, '$[0]') ORDER BY count DESC, value LIMIT ?`,
  ).all(JSON.stringify(counts), limit) as FacetRow[];
}

/**
 * The entities facet of temp.search_hits in SQL (searches count it in memory, see FacetCache;
 * this is the definition that count is tested against), over the `entitySample` best-ranked hits only:
 * an article has dozens of mentions, and counting them for tens of thousands of hits would cost
 * more than the search itself. Only confirmed entities count; their ids are read from
 * temp.search_confirmed_entities, which the caller keeps up to date (a lookup in that small
 * table per mention, rather than in the entities table, and suggestions dropped before grouping).
 */
export function countSearchFacets(db: Db, limit: number, entitySample: number): RawFacets {
  const entities = cachedStatement(
    db,
    `SELECT e.name AS value, c.n AS count FROM (
       SELECT m.entity_id, count(DISTINCT m.article_id) AS n
       FROM (SELECT id FROM temp.search_hits ORDER BY score, id DESC LIMIT ?) h
       CROSS JOIN mentions m INDEXED BY search_mentions_by_article_entity ON m.article_id = h.id
       CROSS JOIN temp.search_confirmed_entities k ON k.id = m.entity_id GROUP BY m.entity_id) c
     JOIN entities e ON e.id = c.entity_id ORDER BY count DESC, value LIMIT ?`,
  ).all(entitySample, limit) as FacetRow[];
  return { entities };
}

/** The texts snippets are cut from. */
export function getSnippetSources(db: Db, ids: readonly number[]): Map<number, { text: string; language: string | null }> {
  const rows = cachedStatement(db, 'SELECT a.id, a.text, a.language FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as { id: number; text: string; language: string | null }[];
  return new Map(rows.map((r) => [r.id, { text: r.text, language: r.language }]));
}

/** Mention offsets of some entities in some articles (alias expansion highlights them). */
export function listMentionRanges(db: Db, articleIds: readonly number[], entityIds: readonly number[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  if (articleIds.length === 0 || entityIds.length === 0) return out;
  const rows = cachedStatement(
    db,
    `SELECT article_id AS id, start, "end" FROM mentions
     WHERE article_id IN (SELECT value FROM json_each(?)) AND entity_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(articleIds), JSON.stringify(entityIds)) as { id: number; start: number; end: number }[];
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push([r.start, r.end]);
    out.set(r.id, list);
  }
  return out;
}

/**
 * Confirmed entities (with at least one mention) that a piece of text names: an alias equal to
 * it (case-insensitively, unless the alias is case-sensitive) or the entity's own name.
 * Suggestions are left out: a query should not widen through an unverified guess.
 */
export function findEntitiesByAlias(db: Db, text: string): number[] {
  const rows = cachedStatement(
    db,
    `SELECT al.entity_id AS id, al.alias AS alias, al.case_sensitive AS cs FROM entity_aliases al
     JOIN entities e ON e.id = al.entity_id WHERE al.alias = ? COLLATE NOCASE AND e.status = 'confirmed'
     UNION ALL SELECT e.id, e.name, 1 FROM entities e WHERE e.name = ? AND e.status = 'confirmed'`,
  ).all(text, text) as { id: number; alias: string; cs: number }[];
  // Entity names are matched exactly here (their case-insensitive forms are aliases).
  const ids = [...new Set(rows.filter((r) => r.cs === 0 || r.alias === text).map((r) => r.id))];
  if (ids.length === 0) return [];
  return cachedStatement(db, 'SELECT DISTINCT entity_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(ids)) as number[];
}
