import { openCore } from '../core/open-core';
import { storeArticle } from '../library/store-article';
import type { BenchQuery, QueryType } from './search-queries';

/** What the query process reports back. */
export interface QueryPhaseResult {
  coldStartMs: number;
  importToSearchableMs: number;
  peakRssMb: number;
  times: Partial<Record<QueryType, number[]>>;
  /** CPU time per query (user + system): robust to other processes competing for the cores. */
  cpuTimes: Partial<Record<QueryType, number[]>>;
  zeroHitQueries: number;
}

/**
 * Opens the library in this (fresh) process and answers the first query (cold start), runs
 * the mix once to warm the page cache and once measured (each search counts every match,
 * computes facets and builds snippets for the top 20), then stores a new article and times
 * until a search finds it.
 */
export async function runQueryPhase(libraryPath: string, queries: BenchQuery[]): Promise<QueryPhaseResult> {
  const coldStart = performance.now();
  const core = openCore(libraryPath);
  await core.api.search({ query: queries[0]!.query, limit: 20 });
  const coldStartMs = Math.round(performance.now() - coldStart);

  // Peak RSS is sampled here rather than read from getrusage: a forked child inherits its
  // parent's high-water mark on Linux, which would report the corpus builder, not the searcher.
  let peakRss = process.memoryUsage.rss();
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  for (const q of queries) {
    await core.api.search({ query: q.query, limit: 20 });
    sample();
  }
  const times: Partial<Record<QueryType, number[]>> = {};
  const cpuTimes: Partial<Record<QueryType, number[]>> = {};
  let zeroHitQueries = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = await core.api.search({ query: q.query, limit: 20 });
    const cpu = process.cpuUsage(c0);
    (times[q.type] ??= []).push(performance.now() - t0);
    (cpuTimes[q.type] ??= []).push((cpu.user + cpu.system) / 1000);
    if (result.total === 0) zeroHitQueries++;
    sample();
  }

  const word = 'zqxwvblorpish';
  const t0 = performance.now();
  storeArticle(core.ctx, {
    article: { title: 'A fresh wire story', byline: null, siteName: 'Bench Wire', publishedAt: '2025-01-01', language: 'en', url: null, canonicalUrl: null, excerpt: null, html: `<p>${word}</p>`, text: `The committee acted ${word} on the new rules.`, wordCount: 8, format: 'html', metadata: {} },
    source: { fileName: 'fresh.txt', content: Buffer.from(`fresh ${Date.now()}`) },
  });
  let found = 0;
  while (found === 0 && performance.now() - t0 < 10_000) found = (await core.api.search({ query: word, limit: 20 })).total;
  const importToSearchableMs = Math.round((performance.now() - t0) * 10) / 10;
  core.close();
  return { coldStartMs, importToSearchableMs, peakRssMb: Math.round(peakRss / 1024 / 1024), times, cpuTimes, zeroHitQueries };
}
