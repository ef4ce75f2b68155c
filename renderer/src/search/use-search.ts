import { useEffect, useRef, useState } from 'react';
import type { SearchRequest, SearchResult } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';

export const SEARCH_DEBOUNCE_MS = 150;
export const SEARCH_PAGE_SIZE = 50;

export interface SearchState {
  result: SearchResult | null;
  loading: boolean;
  error: string | null;
  retry: () => void;
}

/**
 * Searches as the reporter types: waits ~150 ms after the last keystroke, and ignores any answer
 * that arrives after a newer request was sent (so a slow early query never overwrites a later one).
 */
export function useSearch(
  query: string,
  sort: NonNullable<SearchRequest['sort']>,
  limit: number,
  libraryVersion: number,
  groupFamilies = false,
): SearchState {
  const client = useClient();
  const latestRequest = useRef(0);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const trimmed = query.trim();
    const request = ++latestRequest.current;
    if (!trimmed) {
      setResult(null);
      setLoading(false);
      setError(null);
      return;
    }
    setLoading(true);
    const timer = setTimeout(() => {
      client.search({ query: trimmed, sort, limit, ...(groupFamilies ? { groupFamilies } : {}) }).then(
        (value) => {
          if (request !== latestRequest.current) return;
          setResult(value);
          setError(null);
          setLoading(false);
        },
        (err: unknown) => {
          if (request !== latestRequest.current) return;
          setError(describeError(err));
          setLoading(false);
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, query, sort, limit, libraryVersion, attempt, groupFamilies]);

  return { result, loading, error, retry: () => setAttempt((n) => n + 1) };
}
