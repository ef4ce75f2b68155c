import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ArticleId, QuoteId } from '../../../preload/api';
import { useLibraryVersion } from './use-library-version';
import { INITIAL_VIEW, type OpenedArticle, type View } from './view-state';

/** App-wide navigation: the view, the search query, the open article, and a library version. */
export interface Navigation {
  view: View;
  navigate: (view: View) => void;
  query: string;
  setQuery: (query: string) => void;
  opened: OpenedArticle | null;
  openArticle: (id: ArticleId, highlightTerms?: string[], focusQuoteId?: QuoteId) => void;
  /** Bumps when the library changed (streamed changes coalesced; see use-library-version.ts); data hooks refresh on it. */
  libraryVersion: number;
}

const NavigationContext = createContext<Navigation | null>(null);

/** Holds the navigation state for everything below it. */
export function NavigationProvider({
  children,
  initialView = INITIAL_VIEW,
}: {
  children: ReactNode;
  initialView?: View;
}) {
  const [view, setView] = useState<View>(initialView);
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState<OpenedArticle | null>(null);
  const libraryVersion = useLibraryVersion();

  const openArticle = useCallback((id: ArticleId, highlightTerms: string[] = [], focusQuoteId?: QuoteId) => {
    setOpened({ id, highlightTerms, ...(focusQuoteId !== undefined ? { focusQuoteId } : {}) });
    setView((v) => (v.kind === 'library' ? v : INITIAL_VIEW));
  }, []);

  // Results show in the library view, so typing a query elsewhere (an entity page) goes there.
  const search = useCallback((next: string) => {
    setQuery(next);
    if (next.trim() !== '') setView((v) => (v.kind === 'library' ? v : INITIAL_VIEW));
  }, []);

  const value = useMemo<Navigation>(
    () => ({ view, navigate: setView, query, setQuery: search, opened, openArticle, libraryVersion }),
    [view, query, search, opened, openArticle, libraryVersion],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/** The navigation of the nearest NavigationProvider. */
export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation() needs a <NavigationProvider> above it.');
  return nav;
}
