import type { ArticleId, EntityId, NetworkScope, QuoteId, TimelineScope } from '../../../preload/api';

/**
 * The one place that says which view the main area shows. To add a view: add a member here
 * (e.g. `{ kind: 'entity'; id: EntityId }`), render it in `view-outlet.tsx`, and add a sidebar
 * section in `sidebar-sections.ts` that calls `navigate`.
 */
export type View =
  | { kind: 'library'; tag: string | null }
  | { kind: 'notes' }
  | { kind: 'quotes' }
  | { kind: 'brief' }
  | { kind: 'entity'; id: EntityId }
  | { kind: 'suggestions' }
  | { kind: 'watchlists' }
  | { kind: 'network'; scope: NetworkScope }
  /** The story timeline; `name` is the entity's, for the heading of an entity's timeline. */
  | { kind: 'timeline'; scope: TimelineScope; name?: string };

/** The article open in the reader, and the search terms to highlight in it. */
export interface OpenedArticle {
  id: ArticleId;
  highlightTerms: string[];
  /** A quote to scroll to and mark as current (opened from the Quote bank). */
  focusQuoteId?: QuoteId;
}

export const INITIAL_VIEW: View = { kind: 'library', tag: null };
