import type { ArticleId, SearchRequest, SearchResult } from '../../preload/api';
import type { NewArticle } from '../../db/articles';
import { openTestCore, type TestCore } from './open-test-core';
import { storeArticle } from '../core/library/store-article';

/** What a test article needs; everything else gets a neutral default. */
export interface TestArticle {
  title: string;
  text: string;
  language?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedAt?: string | null;
  format?: NewArticle['format'];
  tags?: string[];
}

let counter = 0;

/** Stores an article through the real storeArticle path (so the search hook runs). */
export function addTestArticle(core: TestCore, a: TestArticle): ArticleId {
  counter++;
  const outcome = storeArticle(core.context, {
    article: {
      title: a.title,
      byline: a.byline ?? null,
      siteName: a.siteName ?? null,
      publishedAt: a.publishedAt ?? null,
      language: a.language === undefined ? 'en' : a.language,
      url: null,
      canonicalUrl: null,
      excerpt: null,
      html: `<p>${a.text}</p>`,
      text: a.text,
      wordCount: a.text.split(/\s+/u).length,
      format: a.format ?? 'html',
      metadata: {},
    },
    source: { fileName: `test-${counter}.html`, content: Buffer.from(`${counter}:${a.title}:${a.text}`) },
    tags: a.tags ?? [],
  });
  if (outcome.status !== 'imported') throw new Error(`test article "${a.title}" was a duplicate`);
  return outcome.id;
}

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
