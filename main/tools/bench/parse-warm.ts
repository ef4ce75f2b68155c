import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../../core/import/corpus';
import { createParsePool } from '../../core/import/parse-pool';
import type { ParseRequest } from '../../core/import/types';
import type { Benchmark } from './benchmark';

/**
 * The first file's wait, cold against warm: one fixture page parsed by a fresh pool whose threads
 * start for that file, and by a fresh pool whose warm() has finished (as after a drag-enter).
 * `npm run bench -- parse-warm [--runs N] [--page readability/NAME]`. Runs alternate cold and
 * warm so drift in the machine's load hits both; the load average is reported, since on a shared
 * machine it moves these numbers more than anything else.
 */
interface ParseWarmReport {
  page: string;
  threads: number;
  runs: { coldMs: number; warmUpMs: number; warmMs: number }[];
  loadBefore: number[];
  loadAfter: number[];
}

const round = (n: number): number => Math.round(n * 10) / 10;

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

function readFlag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export const parseWarmBenchmark: Benchmark = {
  async run(args, log) {
    const page = readFlag(args, '--page') ?? 'readability/bbc-1';
    const runs = Number(readFlag(args, '--runs') ?? 3);
    const threads = Math.min(4, availableParallelism());
    const req: ParseRequest = {
      fileName: 'source.html',
      bytes: readFileSync(join(DEFAULT_CORPUS_DIR, page, 'source.html')),
      maxBytes: 200 * 1024 * 1024,
      maxUncompressedBytes: 1024 * 1024 * 1024,
    };
    const check = (outcome: Awaited<ReturnType<ReturnType<typeof createParsePool>['parse']>>): void => {
      if (!outcome.ok) throw new Error(`The page did not parse: ${outcome.message}`);
    };
    const report: ParseWarmReport = { page, threads, runs: [], loadBefore: loadavg().map(round), loadAfter: [] };
    for (let i = 0; i < runs; i++) {
      const cold = createParsePool(threads);
      if (cold.mode !== 'worker') throw new Error('No built parse worker: run `npx electron-vite build` first.');
      const [coldOutcome, coldMs] = await time(() => cold.parse(req, 120_000));
      check(coldOutcome);
      await cold.close();

      const warm = createParsePool(threads);
      const [, warmUpMs] = await time(() => warm.warm());
      const [warmOutcome, warmMs] = await time(() => warm.parse(req, 120_000));
      check(warmOutcome);
      await warm.close();
      report.runs.push({ coldMs: round(coldMs), warmUpMs: round(warmUpMs), warmMs: round(warmMs) });
      log(`run ${i + 1}: cold ${round(coldMs)} ms, warm-up ${round(warmUpMs)} ms, then ${round(warmMs)} ms`);
    }
    report.loadAfter = loadavg().map(round);
    return report;
  },
  format(raw) {
    const r = raw as ParseWarmReport;
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    return [
      `First parse of ${r.page} with ${r.threads} parser threads (ms)`,
      ...r.runs.map((x, i) => `  run ${i + 1}: cold ${x.coldMs}  |  warm-up ${x.warmUpMs}, then ${x.warmMs}`),
      `  median: cold ${median(r.runs.map((x) => x.coldMs))}, warm ${median(r.runs.map((x) => x.warmMs))}`,
      `  load average before ${r.loadBefore.join(' ')}, after ${r.loadAfter.join(' ')}`,
    ].join('\n');
  },
};
