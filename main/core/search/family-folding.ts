import type { HitRow } from '../../../db/search-hits';
import { listFamilyMemberships, watchFamilyMembers } from '../../../db/family-groups';
import type { Db } from '../../../db/open';

/**
 * Which family each article belongs to, in a typed array indexed by article id (0: none), so that
 * folding tens of thousands of hits is a loop over memory rather than a query per search. Read
 * again after this connection changes a family (temporary triggers) or another connection writes
 * (`invalidate`, from the search's data_version check).
 */
export class FamilyMembership {
  private familyOf: Int32Array | null = null;

  constructor(private readonly db: Db) {
    watchFamilyMembers(db, () => this.invalidate());
  }

  invalidate(): void {
    this.familyOf = null;
  }

  /** The family of article `id`, or 0 when it has no near copy. */
  of(id: number): number {
    const table = this.load();
    return id < table.length ? table[id]! : 0;
  }

  private load(): Int32Array {
    if (this.familyOf) return this.familyOf;
    const pairs = listFamilyMemberships(this.db);
    let max = 0;
    for (const [article] of pairs) if (article > max) max = article;
    const table = new Int32Array(pairs.length === 0 ? 0 : max + 1);
    for (const [article, family] of pairs) table[article] = family;
    this.familyOf = table;
    return table;
  }
}

/**
 * Hit ids arranged for counting facets once per family: the members of one family side by side,
 * `families[i]` the family of `ids[i]` (0 for an article alone). A facet counter counts a value
 * once per run of the same family (see FacetCache.countTags).
 */
export interface FamilyRuns {
  ids: number[];
  families: Int32Array;
}

/** Arranges ids into family runs (articles alone first, in their order; then each family's members). */
export function toFamilyRuns(ids: readonly number[], membership: FamilyMembership): FamilyRuns {
  const alone: number[] = [];
  const members: [number, number][] = [];
  for (const id of ids) {
    const family = membership.of(id);
    if (family === 0) alone.push(id);
    else members.push([family, id]);
  }
  members.sort((x, y) => x[0] - y[0]);
  const families = new Int32Array(alone.length + members.length);
  members.forEach(([family], i) => (families[alone.length + i] = family));
  return { ids: [...alone, ...members.map((m) => m[1])], families };
}

/** How many rows some hits make when each family is one row. */
export function countRows(ids: readonly number[], membership: FamilyMembership): number {
  let rows = 0;
  const seen = new Set<number>();
  for (const id of ids) {
    const family = membership.of(id);
    if (family === 0) rows++;
    else if (!seen.has(family)) {
      seen.add(family);
      rows++;
    }
  }
  return rows;
}

/** A hit standing for its family's row, and the family's other matching hits (best-ranked first). */
export interface FoldedHit {
  hit: HitRow;
  family: number;
  copies: number[];
}

/**
 * The rows `offset .. offset + limit` of ranked hits folded by family: each family's first hit in
 * `ranked` stands for it. `allIds` (every hit) supplies the copies that rank beyond `ranked`; they
 * follow the ranked ones, newest id first. Null when `ranked` is too short to fill the page and
 * does not hold every hit (the caller ranks more).
 */
export function foldRankedHits(
  ranked: readonly HitRow[],
  allIds: readonly number[],
  membership: FamilyMembership,
  offset: number,
  limit: number,
): FoldedHit[] | null {
  const rows: FoldedHit[] = [];
  const rowOfFamily = new Map<number, FoldedHit>();
  for (const hit of ranked) {
    const family = membership.of(hit.id);
    const row = family === 0 ? undefined : rowOfFamily.get(family);
    if (row) row.copies.push(hit.id);
    else {
      const folded = { hit, family, copies: [] };
      rows.push(folded);
      if (family !== 0) rowOfFamily.set(family, folded);
    }
  }
  if (rows.length < offset + limit && ranked.length < allIds.length) return null;
  const page = rows.slice(offset, offset + limit);
  const pageFamilies = new Map(page.filter((r) => r.family !== 0).map((r) => [r.family, r]));
  if (pageFamilies.size > 0) {
    const rankedIds = new Set(ranked.map((h) => h.id));
    const unranked = new Map<number, number[]>();
    for (const id of allIds) {
      if (rankedIds.has(id)) continue;
      const family = membership.of(id);
      if (family !== 0 && pageFamilies.has(family)) unranked.set(family, [...(unranked.get(family) ?? []), id]);
    }
    for (const [family, ids] of unranked) pageFamilies.get(family)!.copies.push(...ids.sort((a, b) => b - a));
  }
  return page;
}
