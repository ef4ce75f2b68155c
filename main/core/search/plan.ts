import type { SearchPredicate } from '../../../db/search-query';

/** What a query compiles to: an FTS5 expression to drive it, and metadata predicates. */
export interface SearchPlan {
  /**
   * FTS5 MATCH expression every hit satisfies (the fast path: FTS5 drives, bm25 ranks).
   * null when the query has no text every hit must contain (only filters, only exclusions, or
   * text that also matches through an entity alias).
   */
  match: string | null;
  /** Predicates every hit also satisfies (ANDed). */
  where: SearchPredicate[];
  /** FTS5 expression used to score hits when `match` is null (OR of the positive text). */
  rank: string | null;
  /** How to highlight matches in snippets and in the reader. */
  highlight: HighlightSpec;
  warnings: string[];
  /** True when nothing can match (e.g. the query was only stop words or operators). */
  empty: boolean;
  /** False when the library has no notes: the search skips the notes index altogether. */
  withNotes?: boolean;
}

/** The positive text of a query, in the forms snippets and the reader need. */
export interface HighlightSpec {
  /** Index terms (stems, fuzzy expansions) a word's own term must equal. */
  terms: Set<string>;
  /** Folded prefixes a word (or its term) must start with. */
  prefixes: Set<string>;
  /** CJK substrings, matched as they are in the text. */
  cjk: Set<string>;
  /** Entities whose mentions count as matches (alias expansion). */
  entityIds: Set<number>;
}
