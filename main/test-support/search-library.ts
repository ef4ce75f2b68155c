import type { ArticleId, SearchRequest, SearchResult } from '../../preload/api';
import { openTestCore, type TestCore } from './open-test-core';

/** An in-memory library with the real core. */
export function openTestLibrary(): TestCore {
  return openTestCore(':memory:', { now: () => '2026-01-01T00:00:00.000Z' });
}

/** Ids of the hits, for assertions. */
export async function searchIds(core: TestCore, query: string | SearchRequest): Promise<ArticleId[]> {
  return (await searchAll(core, query)).hits.map((h) => h.id);
}

export async function searchAll(core: TestCore, query: string | SearchRequest): Promise<SearchResult> {
  const request = typeof query === 'string' ? { query, limit: 100 } : query;
  return core.api.search(request);
}
