import type { Benchmark } from '../benchmark';
import { runCrashSafety, type CrashReport } from './crash';
import { runAttacks, type AttacksReport } from './attacks';
import { runConcurrency, type ConcurrencyReport } from './concurrency';
import { runDiskFull, type DiskFullReport } from './disk-full';
import { runFuzzing, type FuzzReport } from './fuzz';
import { runPackagingSmoke, type PackagingReport } from './packaging';
import { runHostilePages, type XssReport } from './xss';
import { measureMemory, type MemoryReport } from './memory';
import { killLeftoverChildren, seconds } from './support';

/**
 * `npm run bench -- reliability`: fault injection, fuzzing and hostile input against the built
 * CLI and browser mode, counted. Goals (issue 13): every dirty/crash/hang/execution/accepted/
 * lost/busy count is 0; peak memory importing one file under 4x its size + 400 MB.
 * Options: --trials N (import kills, default 20), --parts a,b (crash,fuzz,xss,attacks,
 * concurrency,diskfull,packaging,memory), --quick (a bounded subset).
 */

export const PARTS = ['crash', 'fuzz', 'xss', 'attacks', 'concurrency', 'diskfull', 'packaging', 'memory'] as const;
type Part = (typeof PARTS)[number];

export interface ReliabilityReport {
  crashTrials: number | null;
  crashTrialsDirty: number | null;
  fuzzCases: number | null;
  crashes: number | null;
  hangs: number | null;
  xssVectors: number | null;
  xssExecutions: number | null;
  requestsLeavingLoopback: number | null;
  attacks: number | null;
  attacksAccepted: number | null;
  lostWrites: number | null;
  busyFailures: number | null;
  peakRssPerFileMbPerMb: number | null;
  /** Beyond the keys: CSP reports while showing hostile text, and the pass/fail of two parts. */
  cspViolations: number | null;
  diskFullOk: boolean | null;
  packagingOk: boolean | null;
  seconds: number;
  parts: Partial<Record<Part, unknown>>;
  errors: Partial<Record<Part, string>>;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function runReliability(args: string[], log: (line: string) => void): Promise<ReliabilityReport> {
  const start = process.hrtime.bigint();
  const quick = args.includes('--quick');
  const trials = Number(option(args, 'trials') ?? (quick ? 3 : 20));
  const wanted = (option(args, 'parts')?.split(',') ?? [...PARTS]) as Part[];
  const report: ReliabilityReport = {
    crashTrials: null,
    crashTrialsDirty: null,
    fuzzCases: null,
    crashes: null,
    hangs: null,
    xssVectors: null,
    xssExecutions: null,
    requestsLeavingLoopback: null,
    attacks: null,
    attacksAccepted: null,
    lostWrites: null,
    busyFailures: null,
    peakRssPerFileMbPerMb: null,
    cspViolations: null,
    diskFullOk: null,
    packagingOk: null,
    seconds: 0,
    parts: {},
    errors: {},
  };
  const runPart = async <T>(part: Part, fn: () => Promise<T>, apply: (r: T) => void): Promise<void> => {
    if (!wanted.includes(part)) return;
    try {
      const result = await fn();
      report.parts[part] = result;
      apply(result);
    } catch (err) {
      report.errors[part] = String((err as Error)?.stack ?? err);
      log(`reliability: part "${part}" could not run: ${(err as Error)?.message ?? err}`);
    }
  };
  await runPart(
    'crash',
    () => runCrashSafety(trials, log),
    (r: CrashReport) => {
      report.crashTrials = r.crashTrials;
      report.crashTrialsDirty = r.crashTrialsDirty;
      report.lostWrites = (report.lostWrites ?? 0) + r.lostWrites;
    },
  );
  await runPart(
    'fuzz',
    () => runFuzzing(quick ? 100 : 1000, quick ? 'small' : 'full', log),
    (r: FuzzReport) => {
      report.fuzzCases = r.fuzzCases;
      report.crashes = r.crashes;
      report.hangs = r.hangs;
    },
  );
  await runPart(
    'xss',
    () => runHostilePages(log, quick ? 12 : undefined),
    (r: XssReport) => {
      report.xssVectors = r.xssVectors;
      report.xssExecutions = r.xssExecutions;
      report.requestsLeavingLoopback = r.requestsLeavingLoopback;
      report.cspViolations = r.cspViolations;
    },
  );
  await runPart(
    'attacks',
    () => runAttacks(log),
    (r: AttacksReport) => {
      report.attacks = r.attacks;
      report.attacksAccepted = r.attacksAccepted;
    },
  );
  await runPart(
    'concurrency',
    () => runConcurrency(quick ? 30 : 120, log),
    (r: ConcurrencyReport) => {
      report.lostWrites = (report.lostWrites ?? 0) + r.lostWrites;
      report.busyFailures = r.busyFailures;
    },
  );
  await runPart(
    'diskfull',
    () => runDiskFull(log),
    (r: DiskFullReport) => {
      report.diskFullOk = r.skipped ? null : r.ok;
    },
  );
  await runPart(
    'packaging',
    () => runPackagingSmoke(log),
    (r: PackagingReport) => {
      report.packagingOk = r.built && r.missing.length === 0;
    },
  );
  await runPart(
    'memory',
    () => measureMemory(quick ? [5] : [10, 30], log),
    (r: MemoryReport) => {
      report.peakRssPerFileMbPerMb = r.peakRssPerFileMbPerMb;
    },
  );
  const leftovers = killLeftoverChildren();
  if (leftovers) log(`reliability: killed ${leftovers} child processes left running by a part`);
  report.seconds = seconds(start);
  return report;
}

export const reliabilityBenchmark: Benchmark = {
  run: runReliability,
  format(raw) {
    const r = raw as ReliabilityReport;
    const { parts: _parts, errors, ...figures } = r;
    const lines = Object.entries(figures).map(([k, v]) => `${k.padEnd(26)} ${v === null ? 'not run' : String(v)}`);
    for (const [part, err] of Object.entries(errors)) lines.push(`part ${part} failed to run: ${err.split('\n')[0]}`);
    return lines.join('\n');
  },
};
