import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';

/** Rows fetched per `listArticles` call: a few screens, small enough to answer in milliseconds. */
export const PAGE_SIZE = 200;

export interface ArticlePages {
  /** null until the first page answers. */
  total: number | null;
  error: string | null;
  /** The row at `index`, or undefined while its page is loading. */
  rowAt: (index: number) => ArticleSummary | undefined;
  /** Fetches the pages that cover rows start..end (inclusive) if they are not loaded yet. */
  ensureRange: (start: number, end: number) => void;
  retry: () => void;
}

/** What the rows mean: the tag, and whether families are grouped. */
function filterKey(tag: string | null, groupFamilies: boolean): string {
  return `${groupFamilies ? 'grouped' : 'every'}:${tag ?? ''}`;
}

/**
 * Pages through `listArticles` lazily as rows come into view, so a library of 50,000 articles
 * never loads whole. Changing the tag or the library version starts over.
 */
export function useArticlePages(tag: string | null, libraryVersion: number, groupFamilies = false): ArticlePages {
  const client = useClient();
  const pages = useRef(new Map<number, ArticleSummary[]>());
  // After a refresh the old pages stay visible until their fresh copies arrive (no flash).
  const stalePages = useRef(new Map<number, ArticleSummary[]>());
  // The rows' meaning: another tag, or families grouped or not, starts afresh (no stale rows).
  const filter = filterKey(tag, groupFamilies);
  const lastFilter = useRef(filter);
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  // The total is kept with the filter it counts, so a new tag never shows the old tag's count, not even for one frame.
  const [counted, setCounted] = useState<{ filter: string; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setLoadedCount] = useState(0);
  const [attempt, setAttempt] = useState(0);

  const fetchPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const gen = generation.current;
      const countedFilter = filterKey(tag, groupFamilies);
      const grouping = groupFamilies ? { groupFamilies } : {};
      client.listArticles({ ...(tag ? { tag } : {}), limit: PAGE_SIZE, offset: page * PAGE_SIZE, ...grouping }).then(
        (result) => {
          if (gen !== generation.current) return; // a newer filter or refresh started
          inFlight.current.delete(page);
          pages.current.set(page, result.articles);
          setCounted({ filter: countedFilter, total: result.total });
          setError(null);
          setLoadedCount((n) => n + 1);
        },
        (err: unknown) => {
          if (gen !== generation.current) return;
          inFlight.current.delete(page);
          setError(describeError(err));
        },
      );
    },
    [client, tag, groupFamilies],
  );

  useEffect(() => {
    generation.current += 1;
    stalePages.current = lastFilter.current === filter ? new Map([...stalePages.current, ...pages.current]) : new Map();
    lastFilter.current = filter;
    pages.current = new Map();
    inFlight.current = new Set();
    setError(null);
    fetchPage(0);
    // `tag` is inside fetchPage; libraryVersion and attempt only say "start over".
  }, [fetchPage, tag, filter, libraryVersion, attempt]);

  const rowAt = useCallback((index: number) => {
    const page = Math.floor(index / PAGE_SIZE);
    return (pages.current.get(page) ?? stalePages.current.get(page))?.[index % PAGE_SIZE];
  }, []);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page += 1) fetchPage(page);
    },
    [fetchPage],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // A refresh keeps the old total on screen until the new first page answers; a new filter does not.
  const total = counted?.filter === filter ? counted.total : null;
  return { total, error, rowAt, ensureRange, retry };
}
