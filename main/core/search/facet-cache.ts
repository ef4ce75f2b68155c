import type { FacetCount } from '../../../preload/api';
import type { Db } from '../../../db/open';
import {
  listArticleTagPairs,
  listConfirmedEntityNames,
  listConfirmedMentionPairs,
  listConfirmedMentionsOf,
  listTagNames,
  readDataVersion,
  watchSearchTables,
} from '../../../db/search-watch';

/** More changed articles than this and the entities are re-read whole (one query from the confirmed entities). */
const MAX_PATCHED_ARTICLES = 2000;

/**
 * What the tag and entity facets keep between queries: every article's tags (counting them in
 * SQL cost a lookup per hit, the largest part of a common word's search) and every article's
 * confirmed entities (an article has dozens of mentions, and reading them cost a rare word's
 * search more than its full-text match). Both are rebuilt only after their tables change: this
 * connection's writes are seen through temporary triggers, other connections' through SQLite's
 * data_version. A change of mentions (an import, a re-scan) re-reads only the articles it touched.
 */
export class FacetCache {
  private dataVersion: number | undefined;
  private tagsStale = true;
  private entitiesStale = true;
  /** Articles whose mentions changed since the entities were read (patched on the next count). */
  private changedArticles = new Set<number>();
  /**
   * Confirmed entity ids article `id` mentions (ascending, each once), as read in full:
   * entityIds[entityOffsets[id] .. entityOffsets[id + 1]) (see groupByArticle). Flat arrays
   * rather than a Map of lists: a rare word's hits are a thousand scattered articles, and by the
   * time a search runs, other work has pushed its data out of the CPU's caches. Walking a Map to
   * each list then cost more than reading two typed arrays (0.2 ms against 0.05 ms for 1,000 hits
   * in the benchmark's query mix).
   */
  private entityOffsets: Int32Array = new Int32Array(1);
  private entityIds: Int32Array = new Int32Array(0);
  /** Articles re-read since (their lists replace the flat arrays'; empty for none). */
  private patchedEntities = new Map<number, number[]>();
  /** The confirmed entities' names (read with them: a rename changes the entities table). */
  private entityNames = new Map<number, string>();
  /** The largest confirmed entity id (the counts are an array indexed by entity id). */
  private maxEntityId = 0;
  /** Tags of article `id`: tagIds[tagOffsets[id] .. tagOffsets[id + 1]) (see groupByArticle). */
  private tagOffsets: Int32Array = new Int32Array(1);
  private tagIds: Int32Array = new Int32Array(0);
  private tagNames = new Map<number, string>();
  /** The largest tag id any article has (the tag counts are an array indexed by tag id). */
  private maxTagId = 0;

  constructor(private readonly db: Db) {
    watchSearchTables(db, (table, articleId) => {
      if (table === 'entities') this.entitiesStale = true;
      else if (table === 'mentions') {
        if (!this.entitiesStale && articleId !== null) this.changedArticles.add(articleId);
      } else this.tagsStale = true;
    });
  }

  /**
   * Notices other connections' writes; call inside the search's transaction, before the facets.
   * True when another connection wrote since the last call (or on the first call).
   */
  sync(): boolean {
    const version = readDataVersion(this.db);
    if (version === this.dataVersion) return false;
    this.dataVersion = version;
    this.tagsStale = true;
    this.entitiesStale = true;
    return true;
  }

  /**
   * The `limit` confirmed entities most of some articles mention, with how many (most first, then
   * by name in SQLite's binary order, as countEntityFacet in db/search-query.ts defines it).
   */
  countEntities(ids: readonly number[], limit: number, families?: Int32Array): FacetCount[] {
    this.refreshEntities();
    const { entityOffsets: offsets, entityIds, patchedEntities: patched, entityNames } = this;
    const counts = new Int32Array(this.maxEntityId + 1);
    const maxId = offsets.length - 2;
    const anyPatched = patched.size > 0;
    if (families) {
      countOncePerFamily(ids, families, counts, (id) =>
        anyPatched && patched.has(id)
          ? patched.get(id)!
          : id <= maxId
            ? entityIds.subarray(offsets[id]!, offsets[id + 1]!)
            : [],
      );
      return topNamedCounts(counts, entityNames, compareCodePoints, limit);
    }
    for (const id of ids) {
      const list = anyPatched ? patched.get(id) : undefined;
      if (list !== undefined) {
        for (const e of list) counts[e]!++;
      } else if (id <= maxId) {
        for (let k = offsets[id]!; k < offsets[id + 1]!; k++) counts[entityIds[k]!]!++;
      }
    }
    return topNamedCounts(counts, entityNames, compareCodePoints, limit);
  }

  private refreshEntities(): void {
    if (this.entitiesStale || this.changedArticles.size > MAX_PATCHED_ARTICLES) {
      // Cleared first: a write while reading (none happen inside a search) marks them stale again.
      this.entitiesStale = false;
      this.changedArticles.clear();
      this.patchedEntities.clear();
      this.entityNames = new Map(listConfirmedEntityNames(this.db).map((e) => [e.id, e.name]));
      this.maxEntityId = 0;
      for (const id of this.entityNames.keys()) if (id > this.maxEntityId) this.maxEntityId = id;
      this.readAllEntities();
      return;
    }
    if (this.changedArticles.size === 0) return;
    const changed = [...this.changedArticles];
    this.changedArticles.clear();
    for (const id of changed) this.patchedEntities.set(id, []);
    // Rows come by article, then entity (a pair repeats once per mention, adjacent).
    for (const [articleId, entityId] of listConfirmedMentionsOf(this.db, changed)) {
      const list = this.patchedEntities.get(articleId)!;
      if (list[list.length - 1] !== entityId) list.push(entityId);
    }
  }

  /** Fills the flat arrays from every confirmed mention. */
  private readAllEntities(): void {
    // Rows come by entity, then article, a pair once per mention: repeats are adjacent (dropped),
    // and each article's list fills in entity order.
    const pairs = listConfirmedMentionPairs(this.db);
    const kept = pairs.filter((p, i) => i === 0 || p[0] !== pairs[i - 1]![0] || p[1] !== pairs[i - 1]![1]);
    const grouped = groupByArticle(
      kept,
      (p) => p[1],
      (p) => p[0],
    );
    this.entityOffsets = grouped.offsets;
    this.entityIds = grouped.values;
  }

  /** The `limit` most frequent tags among some articles (most hits first, then by name as SQLite's NOCASE sorts). */
  countTags(ids: readonly number[], limit: number, families?: Int32Array): FacetCount[] {
    if (this.tagsStale) this.loadTags();
    const { tagOffsets: offsets, tagIds, tagNames } = this;
    const counts = new Int32Array(this.maxTagId + 1);
    const maxId = offsets.length - 2;
    if (families) {
      countOncePerFamily(ids, families, counts, (id) =>
        id <= maxId ? tagIds.subarray(offsets[id]!, offsets[id + 1]!) : [],
      );
      return topNamedCounts(counts, tagNames, compareNoCase, limit);
    }
    for (const id of ids) {
      if (id > maxId) continue;
      for (let k = offsets[id]!; k < offsets[id + 1]!; k++) counts[tagIds[k]!]!++;
    }
    return topNamedCounts(counts, tagNames, compareNoCase, limit);
  }

  private loadTags(): void {
    this.tagsStale = false;
    const grouped = groupByArticle(
      listArticleTagPairs(this.db),
      (p) => p[0],
      (p) => p[1],
    );
    let maxTagId = 0;
    for (const tagId of grouped.values) if (tagId > maxTagId) maxTagId = tagId;
    this.maxTagId = maxTagId;
    this.tagOffsets = grouped.offsets;
    this.tagIds = grouped.values;
    this.tagNames = new Map(listTagNames(this.db).map((t) => [t.id, t.name]));
  }
}

/**
 * Adds each id's values to `counts`, a family's members counting a value once between them:
 * `families[i]` is the family of `ids[i]` (0 for an article alone), and a family's members are
 * side by side (see toFamilyRuns in family-folding.ts), so one stamp per value suffices.
 */
export function countOncePerFamily(
  ids: readonly number[],
  families: Int32Array,
  counts: Int32Array,
  valuesOf: (id: number) => ArrayLike<number>,
): void {
  const stamp = new Int32Array(counts.length);
  for (let i = 0; i < ids.length; i++) {
    const family = families[i]!;
    const values = valuesOf(ids[i]!);
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      if (family !== 0) {
        if (stamp[v] === family) continue;
        stamp[v] = family;
      }
      counts[v]!++;
    }
  }
}

/**
 * Rows grouped by article id into two flat arrays (compressed sparse rows): the values of article
 * `id` are values[offsets[id] .. offsets[id + 1]), in the rows' order.
 */
function groupByArticle<Row>(
  rows: readonly Row[],
  articleOf: (row: Row) => number,
  valueOf: (row: Row) => number,
): { offsets: Int32Array; values: Int32Array } {
  let maxArticleId = 0;
  for (const row of rows) maxArticleId = Math.max(maxArticleId, articleOf(row));
  const offsets = new Int32Array(maxArticleId + 2);
  for (const row of rows) offsets[articleOf(row) + 1]!++;
  for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!;
  const next = offsets.slice(0, maxArticleId + 1);
  const values = new Int32Array(rows.length);
  for (const row of rows) values[next[articleOf(row)]!++] = valueOf(row);
  return { offsets, values };
}

/**
 * The `limit` largest counts (indexed by id) of ids that have a name: most first, then by name in
 * `compareNames` order.
 */
function topNamedCounts(
  counts: Int32Array,
  names: ReadonlyMap<number, string>,
  compareNames: (a: string, b: string) => number,
  limit: number,
): FacetCount[] {
  const out: FacetCount[] = [];
  for (let id = 1; id < counts.length; id++) {
    const value = counts[id]! > 0 ? names.get(id) : undefined;
    if (value !== undefined) out.push({ value, count: counts[id]! });
  }
  return out.sort((a, b) => b.count - a.count || compareNames(a.value, b.value)).slice(0, limit);
}

/** SQLite's BINARY order for text: by code point (UTF-8 byte order), not by UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  return compareByCodePoint(a, b, false);
}

/** SQLite's NOCASE order: ASCII letters folded, then compared by code point (UTF-8 byte order). */
export function compareNoCase(a: string, b: string): number {
  return compareByCodePoint(a, b, true);
}

function compareByCodePoint(a: string, b: string, foldAscii: boolean): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.codePointAt(i)!;
    let y = b.codePointAt(i)!;
    if (foldAscii) {
      if (x >= 65 && x <= 90) x += 32;
      if (y >= 65 && y <= 90) y += 32;
    }
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
