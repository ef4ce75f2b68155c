import type { ArticleSummary, FacetCount } from '../preload/api';
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
  /** E-mails from (or to, in To and Cc) an address, part of one, or a person's address aliases. */
  | { kind: 'mailFrom' | 'mailTo'; text: string }
  /** E-mails of one conversation: its thread id, or the id of any message in it. */
  | { kind: 'thread'; value: string }
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

/** Articles through their narrow covering index: filters and facets never read the wide rows. */
export const META = 'articles a INDEXED BY search_articles_meta';

/** Articles with a note that matches an FTS expression (free notes have no article: left out). */
const NOTED_ARTICLES =
  'SELECT n.article_id FROM search_notes_fts JOIN notes n ON n.id = search_notes_fts.rowid WHERE search_notes_fts MATCH ? AND n.article_id IS NOT NULL';

/** The addresses among the aliases of the entities called `?` (a person named in a from:/to: filter). */
const PERSON_ADDRESSES = `SELECT lower(al.alias) FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
  WHERE e.name = ? COLLATE NOCASE AND al.alias LIKE '%_@_%'`;

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
      return {
        sql: `(a.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?) OR a.id IN (${NOTED_ARTICLES}))`,
        params: [p.expr, p.expr],
      };
    case 'mentions':
      return {
        sql: 'a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN (SELECT value FROM json_each(?)))',
        params: [JSON.stringify(p.entityIds)],
      };
    case 'tag':
      return {
        sql: 'a.id IN (SELECT x.article_id FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE t.name = ?)',
        params: [p.name],
      };
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
    case 'mailFrom':
    case 'mailTo': {
      const text = p.text.trim().toLowerCase();
      const like = `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
      const [table, column] = p.kind === 'mailFrom' ? ['mail_messages', 'sender'] : ['mail_recipients', 'address'];
      return {
        sql: `a.id IN (SELECT article_id FROM ${table} WHERE ${column} LIKE ? ESCAPE '\\' OR ${column} IN (${PERSON_ADDRESSES}))`,
        params: [like, text],
      };
    }
    case 'thread':
      return {
        sql: `a.id IN (SELECT article_id FROM mail_messages WHERE thread_id = ? OR thread_id =
                (SELECT thread_id FROM mail_messages WHERE article_id = ?))`,
        params: [p.value, /^\d+$/u.test(p.value) ? Number(p.value) : -1],
      };
    case 'not': {
      const inner = predicateSql(p.child, !negated);
      return { sql: `NOT (${inner.sql})`, params: inner.params };
    }
    case 'and':
    case 'or': {
      if (p.children.length === 0) return { sql: p.kind === 'and' ? '1' : '0', params: [] };
      const parts = p.children.map((c) => predicateSql(c, negated));
      return {
        sql: parts.map((f) => `(${f.sql})`).join(p.kind === 'and' ? ' AND ' : ' OR '),
        params: parts.flatMap((f) => f.params),
      };
    }
  }
}

/** SQL (over `a`, the articles) that every predicate of a search holds on. */
export function whereSql(where: readonly SearchPredicate[]): Fragment {
  return predicateSql({ kind: 'and', children: [...where] });
}

/** Sets up a connection for searching. */
export function prepareSearchConnection(db: Db): void {
  // Searches read the same index pages over and over; a 32 MB page cache keeps them in memory.
  db.pragma('cache_size = -32768');
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

export type FacetRow = FacetCount;

/** One article's immutable facet fields. */
export type ArticleFacetMeta = Pick<ArticleSummary, 'siteName' | 'language' | 'publishedAt'> & { id: number };

/** Every article's outlet, language and date (from the narrow covering index). */
export function listArticleFacetMeta(db: Db): ArticleFacetMeta[] {
  // Read once per session: not worth a cached statement.
  return db
    .prepare(`SELECT a.id, a.site_name AS siteName, a.language, a.published_at AS publishedAt FROM ${META}`)
    .all() as ArticleFacetMeta[];
}

/**
 * The entities facet in SQL: how many of some hits mention each confirmed entity, the `limit`
 * largest. Searches count it in memory (see FacetCache), over the best-ranked hits only (an
 * article has dozens of mentions, and counting them for tens of thousands of hits would cost more
 * than the search itself); this is the definition that count is tested against.
 */
export function countEntityFacet(db: Db, hitIds: readonly number[], limit: number): FacetRow[] {
  return cachedStatement(
    db,
    `SELECT e.name AS value, c.n AS count FROM (
       SELECT m.entity_id, count(DISTINCT m.article_id) AS n
       FROM json_each(?) h CROSS JOIN mentions m INDEXED BY search_mentions_by_article_entity ON m.article_id = h.value
       GROUP BY m.entity_id) c
     JOIN entities e ON e.id = c.entity_id WHERE e.status = 'confirmed' ORDER BY count DESC, value LIMIT ?`,
  ).all(JSON.stringify(hitIds), limit) as FacetRow[];
}

/** Mention offsets of some entities in some articles (alias expansion highlights them). */
export function listMentionRanges(
  db: Db,
  articleIds: readonly number[],
  entityIds: readonly number[],
): Map<number, [number, number][]> {
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
  return cachedStatement(
    db,
    'SELECT DISTINCT entity_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?))',
  )
    .pluck()
    .all(JSON.stringify(ids)) as number[];
}
