import lunr from 'lunr';
import { countTermDocs, listTermsWithPrefix, listVocabulary } from '../../../db/search-index';
import type { Db } from '../../../db/open';
import { listStemsOfFormsWithPrefix } from '../../../db/search-forms';

/** lunr's TokenSet statics, which @types/lunr leaves out. */
interface TokenSetLike {
  intersect(other: TokenSetLike): TokenSetLike;
  toArray(): string[];
}
const TokenSet = lunr.TokenSet as unknown as {
  fromArray(sorted: string[]): TokenSetLike;
  fromFuzzyString(term: string, editDistance: number): TokenSetLike;
};

const REBUILD_AFTER_NEW_TERMS = 20_000;
/** How many vocabulary terms one fuzzy or prefix term may expand to (the most frequent first). */
export const MAX_EXPANSIONS = 64;

/**
 * The library's vocabulary as a lunr TokenSet, for fuzzy expansion (`nvdia~1` -> nvidia). Built
 * lazily from `search_vocab` on the first fuzzy query; terms indexed afterwards are kept aside
 * in a small list and folded in at the next rebuild, so indexing never pays for it.
 */
export class Vocabulary {
  private tokenSet: TokenSetLike | undefined;
  private fresh = new Set<string>();
  /** Set when a document lost terms after the token set was built: it may hold dead terms. */
  private mayHoldDeadTerms = false;

  constructor(private readonly db: Db) {}

  /** Called by the indexer with an article's terms (inside its transaction). */
  noteTerms(terms: Iterable<string>): void {
    if (!this.tokenSet) return;
    for (const t of terms) this.fresh.add(t);
    if (this.fresh.size > REBUILD_AFTER_NEW_TERMS) this.tokenSet = undefined;
  }

  /** Called when a document lost terms (an article or note deleted, words edited out of a note). */
  noteRemovals(): void {
    if (this.tokenSet) this.mayHoldDeadTerms = true;
  }

  /** Forgets everything, e.g. after the index was rebuilt. */
  reset(): void {
    this.tokenSet = undefined;
    this.fresh.clear();
    this.mayHoldDeadTerms = false;
  }

  /** Vocabulary terms within `distance` edits of `term` (the term itself included when present). */
  expandFuzzy(term: string, distance: number): string[] {
    if (!this.tokenSet) {
      this.tokenSet = TokenSet.fromArray(listVocabulary(this.db));
      this.fresh.clear();
      this.mayHoldDeadTerms = false;
    }
    const query = TokenSet.fromFuzzyString(term, distance);
    const found = new Set(this.tokenSet.intersect(query).toArray());
    if (this.fresh.size > 0) {
      const extra = TokenSet.fromArray([...this.fresh].sort());
      for (const t of extra.intersect(query).toArray()) found.add(t);
    }
    const sorted = [...found].sort((a, b) => editCost(term, a) - editCost(term, b) || a.localeCompare(b));
    if (!this.mayHoldDeadTerms) return sorted.slice(0, MAX_EXPANSIONS);
    // The token set is built once and kept: terms whose last document was deleted since are
    // still in it, so after a removal the expansions are checked against the live counts.
    const live: string[] = [];
    for (let i = 0; i < sorted.length && live.length < MAX_EXPANSIONS; i += MAX_EXPANSIONS) {
      const chunk = sorted.slice(i, i + MAX_EXPANSIONS);
      const counts = countTermDocs(this.db, chunk);
      for (const t of chunk) if ((counts.get(t) ?? 0) > 0) live.push(t);
    }
    return live.slice(0, MAX_EXPANSIONS);
  }

  /** The most frequent vocabulary terms starting with `prefix`. */
  expandPrefix(prefix: string): string[] {
    return listTermsWithPrefix(this.db, prefix, MAX_EXPANSIONS);
  }

  /**
   * The stems of the words that start with `prefix` as written but whose stem does not
   * ("accelerators" is indexed as "acceler", which `accelerat*` cannot reach on its own), the
   * most frequent first; stems no document holds any more are left out.
   */
  expandWrittenPrefix(prefix: string): string[] {
    return listStemsOfFormsWithPrefix(this.db, prefix, MAX_EXPANSIONS);
  }
}

/** A cheap closeness order for expansions: same length and same first letter first. */
function editCost(a: string, b: string): number {
  return Math.abs(a.length - b.length) + (a[0] === b[0] ? 0 : 1);
}
