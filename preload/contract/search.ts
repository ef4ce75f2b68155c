/** Search: the query language over articles and notes, and saved searches. */

import type { ArticleFamilyRef, FamilyCopy } from './families';
import type { ArticleId, NoteId, SavedSearchId } from './ids';
import { listKeys } from './key-list';

export interface SearchRequest {
  query: string;
  limit?: number;
  offset?: number;
  sort?: 'relevance' | 'date';
  /**
   * One hit per family of near copies: its best hit (in the chosen order) stands for it and
   * carries the other members that match as `copies`. `total`, `limit` and `offset` then count
   * rows, and the facets count a family once per value (a value any of its matching members
   * has). False (the default) lists and counts every article.
   */
  groupFamilies?: boolean;
}

export interface SearchHit {
  id: ArticleId;
  title: string;
  score: number;
  /** HTML with matches wrapped in <mark>; everything else escaped. */
  snippet: string;
  publishedAt: string | null;
  siteName: string | null;
  /**
   * Set when the article was found through one of the reporter's notes on it and its own text
   * does not show the match: the snippet is then cut from this note, not from the article.
   */
  snippetNoteId?: NoteId;
  /** Set when the article has near copies in the library (a family); absent otherwise. */
  family?: ArticleFamilyRef;
  /** With `groupFamilies`: the other members of this hit's family that match too, best first; absent when none. */
  copies?: FamilyCopy[];
}

/** A note the query matched: a note on an article, or a free-standing story note. */
export interface NoteHit {
  noteId: NoteId;
  /** The article the note is on; null for a free-standing note. */
  articleId: ArticleId | null;
  articleTitle: string | null;
  /** HTML cut from the note's own Markdown text only, matches wrapped in <mark>, everything else escaped. */
  snippet: string;
  updatedAt: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  tags: FacetCount[];
  entities: FacetCount[];
  sites: FacetCount[];
  languages: FacetCount[];
  years: FacetCount[];
}

export interface SearchResult {
  total: number;
  tookMs: number;
  hits: SearchHit[];
  facets: SearchFacets;
  /** A human note when the query was repaired (unbalanced quote, stray parenthesis). */
  warning?: string;
  /**
   * Terms to highlight in the reader for this query: lower-case, accent-folded. They include the
   * stems and the actual words that matched in the top hits ("restricted", "restrictions"), so
   * the reader highlights a word whose folded form equals one of them (or, for entries that end
   * a prefix query, starts with one).
   */
  highlightTerms?: string[];
  /** Set when the entities facet counted only this many best-ranked hits (very large result sets). */
  entityFacetSample?: number;
  /**
   * The reporter's notes that match the text of the query (best first, at most 20), on the first
   * page only (offset 0). Notes on articles are listed when their article passes the query's
   * filters; free notes when the query has no filter.
   */
  noteHits?: NoteHit[];
  /** When the library holds e-mail: the commonest senders and recipients among the hits (addresses). */
  mailFacets?: MailFacets;
}

/** Senders and recipients of the e-mails among a search's hits, counted like the entities facet. */
export interface MailFacets {
  senders: FacetCount[];
  recipients: FacetCount[];
}

export interface SavedSearchSummary {
  id: SavedSearchId;
  name: string;
  query: string;
  newMatches: number;
}

export interface SearchApi {
  search(args: SearchRequest): Promise<SearchResult>;
  listSavedSearches(): Promise<SavedSearchSummary[]>;
  /** Saved searches: the sidebar's queries with a count of new matches since last opened. */
  saveSearch(args: { name: string; query: string }): Promise<SavedSearchSummary>;
  deleteSavedSearch(args: { id: SavedSearchId }): Promise<void>;
  /** Marks every current match as seen (newMatches becomes 0) and returns the saved search. */
  openSavedSearch(args: { id: SavedSearchId }): Promise<SavedSearchSummary>;
}

export const SEARCH_METHODS = listKeys<SearchApi>({
  search: true,
  listSavedSearches: true,
  saveSearch: true,
  deleteSavedSearch: true,
  openSavedSearch: true,
});
