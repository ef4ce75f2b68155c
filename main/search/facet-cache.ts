import type { FacetCount } from '../../preload/api';
import type { Db } from '../../db/open';
import { listArticleTagPairs, listTagNames, readDataVersion, refillConfirmedEntities, watchSearchTables } from '../../db/search-watch';

/**
 * What the tag and entity facets keep between queries: every article's tags (counting them in
 * SQL cost a lookup per hit, the largest part of a common word's search) and the set of confirmed
 * entities (a small table the entities facet joins instead of the large entities table). Both
 * are rebuilt only after their tables change: this connection's writes are seen through
 * temporary triggers, other connections' through SQLite's data_version.
 */
export class FacetCache {
  private dataVersion: number | undefined;
  private tagsStale = true;
  private confirmedStale = true;
  /** Tags of article `id`: tagIds[offsets[id] .. offsets[id + 1]) (CSR layout). */
  private offsets = new Int32Array(1);
  private tagIds = new Int32Array(0);
  private tagNames = new Map<number, string>();

  constructor(private readonly db: Db) {
    watchSearchTables(db, (table) => {
      if (table === 'entities') this.confirmedStale = true;
      else this.tagsStale = true;
    });
  }

  /** Brings temp.search_confirmed_entities up to date; call inside the search's transaction, before the facets. */
  sync(): void {
    const version = readDataVersion(this.db);
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.tagsStale = true;
      this.confirmedStale = true;
    }
    if (this.confirmedStale) {
      // Cleared first: a write while refilling (none happen inside a search) marks it stale again.
      this.confirmedStale = false;
      refillConfirmedEntities(this.db);
    }
  }

  /** The `limit` most frequent tags among some articles (most hits first, then by name as SQLite's NOCASE sorts). */
  countTags(ids: readonly number[], limit: number): FacetCount[] {
    if (this.tagsStale) this.loadTags();
    const counts = new Map<number, number>();
    const { offsets, tagIds } = this;
    const maxId = offsets.length - 2;
    for (const id of ids) {
      if (id > maxId) continue;
      for (let k = offsets[id]!; k < offsets[id + 1]!; k++) counts.set(tagIds[k]!, (counts.get(tagIds[k]!) ?? 0) + 1);
    }
    const out: FacetCount[] = [];
    for (const [tagId, count] of counts) {
      const value = this.tagNames.get(tagId);
      if (value !== undefined) out.push({ value, count });
    }
    return out.sort((a, b) => b.count - a.count || compareNoCase(a.value, b.value)).slice(0, limit);
  }

  private loadTags(): void {
    this.tagsStale = false;
    const pairs = listArticleTagPairs(this.db);
    let maxId = 0;
    for (const [articleId] of pairs) if (articleId > maxId) maxId = articleId;
    const offsets = new Int32Array(maxId + 2);
    for (const [articleId] of pairs) offsets[articleId + 1]!++;
    for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!;
    const next = offsets.slice(0, maxId + 1);
    const tagIds = new Int32Array(pairs.length);
    for (const [articleId, tagId] of pairs) tagIds[next[articleId]!++] = tagId;
    this.offsets = offsets;
    this.tagIds = tagIds;
    this.tagNames = new Map(listTagNames(this.db).map((t) => [t.id, t.name]));
  }
}

/** SQLite's NOCASE order: ASCII letters folded, then compared by code point (UTF-8 byte order). */
export function compareNoCase(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.codePointAt(i)!;
    let y = b.codePointAt(i)!;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
