import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArticleId, ImportFileResult } from '../../../preload/api';
import { openTestCore } from '../../test-support/open-test-core';
import {
  agrees,
  bylineAgrees,
  DEFAULT_CORPUS_DIR,
  languageAgrees,
  listCorpus,
  readExpected,
  tokenF1,
} from '../../core/import/corpus';
import { findWorkerScript } from '../../core/import/parse-pool';
import type { Benchmark } from './benchmark';
import {
  formatFolderBench,
  openingLine,
  refTwoThreadsLine,
  runFolderBench,
  type FolderBenchReport,
} from './import-folder';
import { startLoopDelay } from './loop-delay';
import { EMAILS_NOT_MEASURED_REASON, emailsPerSecond, measureEmailImport } from './import-email-rate';

interface Miss {
  page: string;
  field: 'title' | 'siteName' | 'language' | 'byline' | 'body';
  expected: string | null;
  got: string | null;
}

/** Distinct pages of the sustained run that gives the headline rate (see import-folder.ts). */
export const SUSTAINED_PAGES = 600;

export interface ImportBenchReport {
  /**
   * The headline numbers (what the issue's goal is checked against) come from the sustained run:
   * one folder of SUSTAINED_PAGES distinct pages, its second half (threads warm, as in any import
   * longer than a few seconds). The 47 fixture pages alone are mostly thread start-up; their
   * cold rate is in `throughput`.
   */
  pages: number;
  /**
   * Web pages per second end to end: read, parsed, text read, stored, indexed, entities matched. A
   * page's markup is sanitized when it is opened (`sustained.opening` times that), not here.
   */
  pagesPerSecond: number;
  /** Bare linkedom + Readability on pages of the same folder in the same run, one at a time, nothing else. */
  refPagesPerSecond: number;
  sustained: FolderBenchReport;
  /** Every fixture file (pages and other formats) per second, end to end. */
  filesPerSecond: number;
  /** Mailbox messages per second; null until the mailbox importer is merged (see import-email-rate.ts). */
  emailsPerSecond: number | null;
  emailsNote: string | null;
  /** Event-loop delay on the main thread during the sustained run (the UI's responsiveness). */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  scores: { title: number; siteName: number; language: number; byline: number; bodyF1AtLeast09: number };
  /** Peak resident memory of the whole process (main thread and parse workers). */
  peakRssMb: number;
  corpus: string;
  parser: 'worker' | 'in-process';
  agreement: { title: number; siteName: number; language: number; byline: number };
  bodyF1: { mean: number; median: number; pagesAtLeast090: number };
  throughput: {
    pages: number;
    pagesSeconds: number;
    /** CPU seconds of every thread (parse workers too): a loaded machine changes this much less than wall time. */
    pagesCpuSeconds: number;
    pagesPerSecond: number;
    files: number;
    filesSeconds: number;
    filesPerSecond: number;
    /** Main-thread event-loop delay during the fixture run (threads starting, mixed formats). */
    eventLoopDelayMs: { p50: number; p99: number; max: number };
  };
  /** Same pages through bare linkedom + Readability in this process (no sniffing, charsets, metadata, sanitizing, storage). */
  reference: { what: string; pagesSeconds: number; pagesCpuSeconds: number; pagesPerSecond: number };
  outcomes: Record<string, Record<string, number>>;
  misses: Miss[];
}

/**
 * The reference: what the off-the-shelf extractor alone costs on the same pages, one at a time,
 * on the DOM the importer uses (linkedom). Files are read before the clock starts.
 */
function timeBareReadability(paths: string[]): { seconds: number; cpuSeconds: number } {
  const sources = paths.map((path) => readFileSync(path, 'utf8'));
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const html of sources) {
    new Readability(parseHTML(html).document as unknown as Document).parse();
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: cpuSeconds(cpu) };
}

const rate = (hits: number, total: number): number => (total === 0 ? 0 : Math.round((hits / total) * 1000) / 1000);

/** CPU seconds used by the whole process (every thread, parse workers included) since `since`. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: cpuSeconds(cpu) };
}

/** Imports the fixture corpus into a fresh library; scores extraction against Readability's expectations. */
async function runImportBench(
  args: string[],
  log: (line: string) => void,
): Promise<ImportBenchReport | FolderBenchReport> {
  const corpus = listCorpus();
  if (!corpus) throw new Error(`No fixture corpus at ${DEFAULT_CORPUS_DIR}; set DOSSIER_FIXTURES.`);
  const pages = corpus.filter((f) => f.source === 'readability');
  const folder = folderSize(args);
  if (folder !== null)
    return runFolderBench(
      pages.map((p) => p.path),
      folder,
      log,
    );
  const others = corpus.filter((f) => f.source !== 'readability');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  const core = openTestCore(join(dir, 'library.sqlite'));
  try {
    const loopDelay = startLoopDelay();
    log(`Importing ${pages.length} web pages...`);
    const pageRun = await timed(() => core.api.importPaths({ paths: pages.map((p) => p.path) }));
    log(`Importing ${others.length} other files...`);
    const otherRun = await timed(() => core.api.importPaths({ paths: others.map((p) => p.path) }));
    const eventLoopDelayMs = loopDelay.stop();
    const emails = emailsPerSecond(await measureEmailImport());
    log('Timing bare linkedom + Readability on the same pages (reference)...');
    const reference = timeBareReadability(pages.map((p) => p.path));
    const referenceSeconds = reference.seconds;
    const results = new Map<string, ImportFileResult>(
      [...pageRun.value.results, ...otherRun.value.results].map((r) => [r.file, r]),
    );

    const outcomes: Record<string, Record<string, number>> = {};
    for (const f of corpus) {
      const r = results.get(f.path);
      const key = r?.status === 'failed' ? `failed:${r.error?.code}` : (r?.status ?? 'missing');
      const bucket = (outcomes[f.source] ??= {});
      bucket[key] = (bucket[key] ?? 0) + 1;
    }

    const misses: Miss[] = [];
    const hits = { title: 0, siteName: 0, language: 0, byline: 0 };
    const f1s: number[] = [];
    for (const page of pages) {
      const r = results.get(page.path);
      const id = (r?.id ?? r?.duplicateOf) as ArticleId | undefined;
      const expected = readExpected(dirname(page.path), page.language);
      const got = id === undefined ? null : await core.api.getArticle({ id });
      const check = (field: Miss['field'], ok: boolean, want: string | null, have: string | null): void => {
        if (ok && field !== 'body') hits[field as keyof typeof hits]++;
        if (!ok) misses.push({ page: page.unit, field, expected: want, got: have });
      };
      check('title', agrees(expected.title, got?.title ?? null), expected.title, got?.title ?? null);
      check('siteName', agrees(expected.siteName, got?.siteName ?? null), expected.siteName, got?.siteName ?? null);
      check(
        'language',
        languageAgrees(expected.language, got?.language ?? null),
        expected.language,
        got?.language ?? null,
      );
      check('byline', bylineAgrees(expected.byline, got?.byline ?? null), expected.byline, got?.byline ?? null);
      const f1 = got ? tokenF1(expected.text, got.text) : 0;
      f1s.push(f1);
      if (f1 < 0.9) misses.push({ page: page.unit, field: 'body', expected: null, got: `F1 ${f1.toFixed(3)}` });
    }
    log(`Sustained run: one folder of ${SUSTAINED_PAGES} distinct pages...`);
    const sustained = await runFolderBench(
      pages.map((p) => p.path),
      SUSTAINED_PAGES,
      log,
    );
    const sorted = [...f1s].sort((a, b) => a - b);
    const files = corpus.length;
    const filesSeconds = pageRun.seconds + otherRun.seconds;
    const agreement = {
      title: rate(hits.title, pages.length),
      siteName: rate(hits.siteName, pages.length),
      language: rate(hits.language, pages.length),
      byline: rate(hits.byline, pages.length),
    };
    const pagesAtLeast090 = rate(f1s.filter((f) => f >= 0.9).length, f1s.length);
    return {
      pages: sustained.files,
      pagesPerSecond: sustained.steadyPagesPerSecond,
      refPagesPerSecond: sustained.refPagesPerSecond,
      sustained,
      filesPerSecond: Math.round((files / filesSeconds) * 100) / 100,
      emailsPerSecond: emails,
      emailsNote: emails === null ? EMAILS_NOT_MEASURED_REASON : null,
      eventLoopDelayMs: sustained.eventLoopDelayMs,
      scores: { ...agreement, bodyF1AtLeast09: pagesAtLeast090 },
      // maxRSS is in kilobytes and covers every thread of the process.
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      corpus: DEFAULT_CORPUS_DIR,
      parser: findWorkerScript() ? 'worker' : 'in-process',
      agreement,
      bodyF1: {
        mean: rate(
          f1s.reduce((a, b) => a + b, 0),
          f1s.length,
        ),
        median: Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 1000) / 1000,
        pagesAtLeast090,
      },
      throughput: {
        pages: pages.length,
        pagesSeconds: Math.round(pageRun.seconds * 100) / 100,
        pagesCpuSeconds: Math.round(pageRun.cpuSeconds * 100) / 100,
        pagesPerSecond: Math.round((pages.length / pageRun.seconds) * 100) / 100,
        files,
        filesSeconds: Math.round(filesSeconds * 100) / 100,
        filesPerSecond: Math.round((files / filesSeconds) * 100) / 100,
        eventLoopDelayMs,
      },
      reference: {
        what: 'bare linkedom + Readability, in-process, one page at a time, nothing stored',
        pagesSeconds: Math.round(referenceSeconds * 100) / 100,
        pagesCpuSeconds: Math.round(reference.cpuSeconds * 100) / 100,
        pagesPerSecond: Math.round((pages.length / referenceSeconds) * 100) / 100,
      },
      outcomes,
      misses,
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--folder N` (or `--folder quick`, 1,000): the long run over one folder of N distinct pages. */
function folderSize(args: string[]): number | null {
  const at = args.indexOf('--folder');
  if (at === -1) return null;
  const value = args[at + 1];
  const count = value === 'quick' ? 1000 : Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error('--folder takes a number of pages (or "quick").');
  return count;
}

const isFolderReport = (raw: unknown): raw is FolderBenchReport =>
  typeof raw === 'object' && raw !== null && 'rssSlopeMbPer1000Files' in raw;

function formatImportBench(raw: unknown): string {
  if (isFolderReport(raw)) return formatFolderBench(raw);
  const r = raw as ImportBenchReport;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `Import benchmark: scores on the fixture pages (${r.corpus}), parser: ${r.parser}`,
    `  title ${pct(r.agreement.title)}  site name ${pct(r.agreement.siteName)}  language ${pct(r.agreement.language)}  byline ${pct(r.agreement.byline)}`,
    `  body token F1: mean ${r.bodyF1.mean.toFixed(3)}, median ${r.bodyF1.median.toFixed(3)}, pages with F1 >= 0.9: ${pct(r.bodyF1.pagesAtLeast090)}`,
    `  HEADLINE (sustained, ${r.pages} distinct pages, second half): ${r.pagesPerSecond} pages/s; reference ${r.refPagesPerSecond} pages/s (mean of ${r.sustained.refRunsPagesPerSecond.before} before the import and ${r.sustained.refRunsPagesPerSecond.after} after); ${(r.pagesPerSecond / r.refPagesPerSecond).toFixed(2)}x of it; ${r.sustained.cpuSecondsPerFile} CPU s per page`,
    refTwoThreadsLine(r.sustained),
    openingLine(r.sustained),
    `  sustained run: ${r.sustained.pagesPerSecond} pages/s overall; RSS ${r.sustained.rssByFifthMb.join(', ')} MB at each fifth; load average ${r.sustained.loadAverage.before.join(' ')}`,
    `  fixture run (cold threads): ${r.throughput.pagesPerSecond} pages/s (${r.throughput.pages} in ${r.throughput.pagesSeconds}s, ${r.throughput.pagesCpuSeconds} CPU s); all ${r.throughput.files} files ${r.throughput.filesPerSecond} files/s`,
    `  fixture reference (${r.reference.what}): ${r.reference.pagesPerSecond} pages/s (${r.reference.pagesSeconds}s, ${r.reference.pagesCpuSeconds} CPU s); the cold fixture run is ${(r.throughput.pagesPerSecond / r.reference.pagesPerSecond).toFixed(2)}x of it`,
    `  peak memory: ${r.peakRssMb} MB; main-thread event-loop delay (sustained) p50 ${r.eventLoopDelayMs.p50} ms, p99 ${r.eventLoopDelayMs.p99} ms, max ${r.eventLoopDelayMs.max} ms; fixture run p99 ${r.throughput.eventLoopDelayMs.p99} ms`,
    `  e-mails per second: ${r.emailsPerSecond ?? `null (${r.emailsNote ?? ''})`}`,
    `  outcomes: ${Object.entries(r.outcomes)
      .map(([src, o]) => `${src} ${JSON.stringify(o)}`)
      .join('; ')}`,
    '  misses:',
    ...r.misses.map(
      (m) => `    ${m.page} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`,
    ),
  ];
  return lines.join('\n');
}

export const importBenchmark: Benchmark = {
  run: runImportBench,
  format: formatImportBench,
  json: (raw: unknown) => {
    if (isFolderReport(raw)) return raw;
    const r = raw as ImportBenchReport;
    const { pages, pagesPerSecond, refPagesPerSecond, filesPerSecond, emailsPerSecond, peakRssMb, scores } = r;
    return { pages, pagesPerSecond, refPagesPerSecond, filesPerSecond, emailsPerSecond, peakRssMb, scores };
  },
};
