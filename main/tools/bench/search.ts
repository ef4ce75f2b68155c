import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from './benchmark';
import { openTestCore } from '../../test-support/open-test-core';
import { storeArticle } from '../../core/library/store-article';
import { measureSearchIndexBytes } from '../../../db/search-index';
import { seededRandom } from '../../test-support/seeded-random';
import {
  generateArticle,
  loadBrownCorpus,
  type BenchArticle,
  type BrownCorpus,
} from '../../test-support/search-corpus';
import { restartFormsBackfill } from '../../../db/search-forms';
import { backfillForms } from '../../core/search/surface-forms';
import { buildQueryMix, median, QUERY_TYPES, TIMING_ROUNDS, type BenchQuery, type QueryType } from './search-queries';
import { REFERENCE_TOKENIZERS, ReferenceIndex } from './search-reference';
import { runQueryPhase, type QueryPhaseResult } from './search-query-phase';

const CHILD_ENV = 'DOSSIER_BENCH_SEARCH_CHILD';

interface TypeStats {
  p50Ms: number;
  p95Ms: number;
  refP50Ms: number | null;
  refP95Ms: number | null;
  /** The reference with Porter stemming (REFERENCE_TOKENIZERS.stemmed): the same hits as ours for English words. */
  stemmedRefP50Ms: number | null;
  stemmedRefP95Ms: number | null;
  /** CPU time percentiles of our queries (wall time suffers when other processes share the cores). */
  cpuP50Ms: number;
  cpuP95Ms: number;
}

/** One size's figures; the shape the issue specifies, plus a few extra fields. */
export interface SearchBenchRun {
  articles: number;
  buildMs: number;
  indexBytes: number;
  /** Recording every article's surface forms, as on the first search after an upgrade from schema 3. */
  formsBackfillMs: number;
  coldStartMs: number;
  importToSearchableMs: number;
  peakRssMb: number;
  types: Record<QueryType, TypeStats>;
  queries: number;
  importMs: number;
  refBuildMs: number;
  refIndexBytes: number;
  /** Queries of the mix that found nothing (a sanity check on the mix). */
  zeroHitQueries: number;
}

export interface SearchBenchReport {
  runs: SearchBenchRun[];
}

export const searchBenchmark: Benchmark = {
  async run(args, log) {
    const childPath = process.env[CHILD_ENV];
    if (childPath) {
      // The parent wrote the query mix next to the library: the corpus stays out of this process's memory.
      const queries = JSON.parse(readFileSync(`${childPath}.queries.json`, 'utf8')) as BenchQuery[];
      const result = await runQueryPhase(childPath, queries);
      // The parent prints the report; this process only hands its figures back and leaves.
      process.send?.(result, () => process.exit(0));
      return new Promise<never>(() => undefined);
    }
    const sizes = parseSizes(args);
    const corpus = loadBrownCorpus();
    const queries = buildQueryMix(corpus);
    const runs: SearchBenchRun[] = [];
    for (const size of sizes) runs.push(await runSize(size, corpus, queries, log));
    return { runs } satisfies SearchBenchReport;
  },
  format(report) {
    const r = report as SearchBenchReport;
    const lines: string[] = [];
    for (const run of r.runs) {
      lines.push(
        `search @ ${run.articles} articles (${run.queries} queries, snippets for the top 20; each query timed ${TIMING_ROUNDS} times, its median counted)`,
      );
      lines.push(
        `  build ${(run.buildMs / 1000).toFixed(1)} s (plain FTS5 ${(run.refBuildMs / 1000).toFixed(1)} s), import ${(run.importMs / 1000).toFixed(1)} s`,
      );
      lines.push(`  surface forms backfill (a library from schema 3) ${(run.formsBackfillMs / 1000).toFixed(1)} s`);
      lines.push(
        `  index ${(run.indexBytes / 1e6).toFixed(1)} MB (plain FTS5 ${(run.refIndexBytes / 1e6).toFixed(1)} MB)`,
      );
      lines.push(
        `  cold start ${run.coldStartMs} ms, import to searchable ${run.importToSearchableMs} ms, peak RSS ${run.peakRssMb} MB`,
      );
      for (const t of QUERY_TYPES) {
        const s = run.types[t];
        const ref =
          s.refP50Ms === null
            ? 'n/a'
            : `${s.refP50Ms} / ${s.refP95Ms} ms; stemmed ${s.stemmedRefP50Ms} / ${s.stemmedRefP95Ms} ms`;
        lines.push(
          `  ${t.padEnd(9)} p50 ${s.p50Ms} ms  p95 ${s.p95Ms} ms  (cpu ${s.cpuP50Ms} / ${s.cpuP95Ms} ms)   (plain FTS5 ${ref})`,
        );
      }
    }
    return lines.join('\n');
  },
};

function parseSizes(args: string[]): number[] {
  if (args.includes('--quick')) return [2000];
  const i = args.indexOf('--sizes');
  if (i < 0) return [10_000, 50_000];
  const sizes = (args[i + 1] ?? '').split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isSafeInteger(n) || n < 100))
    throw new Error('--sizes takes whole numbers of at least 100, e.g. --sizes 10000,50000');
  return sizes;
}

/** The same articles every time: article i of a size depends only on the seed. */
function* articles(corpus: BrownCorpus, count: number): Generator<BenchArticle[]> {
  const random = seededRandom(20240301);
  for (let done = 0; done < count;) {
    const batch: BenchArticle[] = [];
    for (; batch.length < 1000 && done < count; done++) batch.push(generateArticle(corpus, random));
    yield batch;
  }
}

async function runSize(
  size: number,
  corpus: BrownCorpus,
  queries: BenchQuery[],
  log: (line: string) => void,
): Promise<SearchBenchRun> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-search-'));
  try {
    const libraryPath = join(dir, 'library.sqlite');
    log(`[search] ${size}: importing articles (stored and indexed in the same transaction)...`);
    const core = openTestCore(libraryPath);
    const index = core.parts.searchIndex;
    let n = 0;
    const importStart = performance.now();
    for (const batch of articles(corpus, size)) {
      core.db.transaction(() => {
        for (const a of batch) {
          n++;
          storeArticle(core.context, {
            article: {
              title: a.title,
              byline: a.byline,
              siteName: a.siteName,
              publishedAt: a.publishedAt,
              language: 'en',
              url: null,
              canonicalUrl: `https://bench.example/${n}`,
              excerpt: null,
              html: `<article><p>${a.text}</p></article>`,
              text: a.text,
              wordCount: a.text.split(' ').length,
              format: 'html',
              metadata: {},
            },
            source: { fileName: `article-${n}.html`, content: Buffer.from(`${n}\n${a.text}`) },
            tags: a.tags,
          });
        }
      })();
      if (n % 10_000 === 0) log(`[search] ${size}: ${n} stored`);
    }
    const importMs = Math.round(performance.now() - importStart);
    log(`[search] ${size}: rebuilding the index from scratch...`);
    const buildStart = performance.now();
    index.rebuild();
    const buildMs = Math.round(performance.now() - buildStart);
    const indexBytes = measureSearchIndexBytes(core.db);
    log(`[search] ${size}: recording the surface forms again, as after an upgrade from schema 3...`);
    restartFormsBackfill(core.db);
    const backfillStart = performance.now();
    backfillForms(index);
    const formsBackfillMs = Math.round(performance.now() - backfillStart);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.close();

    log(`[search] ${size}: building the plain-FTS5 reference...`);
    const ref = new ReferenceIndex(join(dir, 'reference.sqlite'));
    const refStart = performance.now();
    for (const batch of articles(corpus, size)) ref.add(batch);
    const refBuildMs = Math.round(performance.now() - refStart);
    const refIndexBytes = ref.indexBytes();

    log(`[search] ${size}: running ${queries.length} queries in a fresh process...`);
    writeFileSync(`${libraryPath}.queries.json`, JSON.stringify(queries));
    const phase = await runChild(libraryPath);
    log(`[search] ${size}: running the reference queries...`);
    const refTimes = timeReference(ref, queries);
    ref.close();
    log(`[search] ${size}: building and running the stemmed reference...`);
    const stemmed = new ReferenceIndex(join(dir, 'reference-stemmed.sqlite'), REFERENCE_TOKENIZERS.stemmed);
    for (const batch of articles(corpus, size)) stemmed.add(batch);
    const stemmedTimes = timeReference(stemmed, queries);
    stemmed.close();

    const types = {} as Record<QueryType, TypeStats>;
    for (const t of QUERY_TYPES) {
      const ours = phase.times[t] ?? [];
      const theirs = refTimes.get(t) ?? [];
      const stemmedTheirs = stemmedTimes.get(t) ?? [];
      types[t] = {
        p50Ms: percentile(ours, 50),
        p95Ms: percentile(ours, 95),
        refP50Ms: theirs.length ? percentile(theirs, 50) : null,
        refP95Ms: theirs.length ? percentile(theirs, 95) : null,
        stemmedRefP50Ms: stemmedTheirs.length ? percentile(stemmedTheirs, 50) : null,
        stemmedRefP95Ms: stemmedTheirs.length ? percentile(stemmedTheirs, 95) : null,
        cpuP50Ms: percentile(phase.cpuTimes[t] ?? [], 50),
        cpuP95Ms: percentile(phase.cpuTimes[t] ?? [], 95),
      };
    }
    return {
      articles: size,
      buildMs,
      indexBytes,
      formsBackfillMs,
      coldStartMs: phase.coldStartMs,
      importToSearchableMs: phase.importToSearchableMs,
      peakRssMb: phase.peakRssMb,
      types,
      queries: queries.length,
      importMs,
      refBuildMs,
      refIndexBytes,
      zeroHitQueries: phase.zeroHitQueries,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the query phase in a fresh process, so cold start and peak RSS are a search process's own. */
function runChild(libraryPath: string): Promise<QueryPhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1]!, process.argv.slice(2), {
      env: { ...process.env, [CHILD_ENV]: libraryPath },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let result: QueryPhaseResult | undefined;
    child.on('message', (m) => {
      result = m as QueryPhaseResult;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`the query process exited with ${code} before reporting`)),
    );
  });
}

function timeReference(ref: ReferenceIndex, queries: BenchQuery[]): Map<QueryType, number[]> {
  const measured = queries.filter((q) => q.ref !== null);
  for (const q of measured) ref.run(q.ref!);
  // Timed as the query process times ours: TIMING_ROUNDS rounds of the mix, each query's median.
  const rounds: number[][] = measured.map(() => []);
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    for (const [i, q] of measured.entries()) {
      const t0 = performance.now();
      ref.run(q.ref!);
      rounds[i]!.push(performance.now() - t0);
    }
  }
  const times = new Map<QueryType, number[]>();
  for (const [i, q] of measured.entries()) times.set(q.type, [...(times.get(q.type) ?? []), median(rounds[i]!)]);
  return times;
}

/** Nearest-rank percentile, rounded to 0.1 ms. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]! * 10) / 10;
}
