import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFileResult } from '../../../../preload/api';
import { writeHostileFiles } from './hostile-files';
import { checkLibrary } from './library-checks';
import { makeArticleFiles, realFixtures } from './make-files';
import { mutants, mutationSeeds } from './mutate';
import { jsonLines, runCli, scratchDir, seconds, seededRandom } from './support';

/**
 * Fuzzing every parser through the real CLI: mutants of real files and hand-made hostile files
 * are imported with `dossier import --json` in batches into one library. A crash is a batch
 * whose process died (signal, or an exit code other than 0/1) or a file with no report line; a
 * hang is a batch silent for longer than the per-file limit (60 s) plus 30 s, then killed.
 */

export interface FuzzReport {
  fuzzCases: number;
  mutants: number;
  hostile: number;
  crashes: number;
  hangs: number;
  timeouts: number;
  linesWithoutCode: number;
  outcomes: Record<string, number>;
  failures: { batch: string; problem: string }[];
  hostileOutcomes: { file: string; what: string; outcome: string }[];
  hostilePeakRssMb?: number;
  libraryProblems: string[];
  seeds: string;
  seconds: number;
}

const PER_FILE_LIMIT_MS = 60_000;
const BATCH = 100;

async function importBatch(
  folder: string,
  library: string,
  report: FuzzReport,
  sampleRss = false,
): Promise<ImportFileResult[]> {
  const files = readdirSync(folder);
  const run = await runCli(['import', folder, '--json', '--library', library], {
    idleMs: PER_FILE_LIMIT_MS + 30_000,
    sampleRss,
  });
  const lines = jsonLines<ImportFileResult>(run.stdout);
  const name = folder.split('/').pop()!;
  if (sampleRss) report.hostilePeakRssMb = run.peakRssMb;
  if (run.timedOut) {
    report.hangs++;
    report.failures.push({ batch: name, problem: `silent for ${(PER_FILE_LIMIT_MS + 30_000) / 1000} s; killed` });
  } else if (run.signal || (run.code !== 0 && run.code !== 1)) {
    report.crashes++;
    const trace = run.stderr.trim().split('\n').slice(-3).join(' | ');
    report.failures.push({ batch: name, problem: `process ended with ${run.signal ?? `exit ${run.code}`}: ${trace}` });
  }
  const reported = new Set(lines.map((l) => l.file));
  const missing = files.length - reported.size;
  if (missing > 0 && !run.timedOut) {
    report.crashes += missing;
    const names = files.filter((f) => !reported.has(join(folder, f)));
    report.failures.push({
      batch: name,
      problem: `${missing} files without a report line: ${JSON.stringify(names.slice(0, 5))}`,
    });
  }
  for (const l of lines) {
    const key = l.status === 'failed' ? `failed:${l.error?.code ?? 'NO CODE'}` : l.status;
    report.outcomes[key] = (report.outcomes[key] ?? 0) + 1;
    if (l.status === 'failed' && !l.error?.code) report.linesWithoutCode++;
    if (l.error?.code === 'TIMEOUT') report.timeouts++;
  }
  return lines;
}

export async function runFuzzing(
  mutantCount: number,
  hostileSet: 'full' | 'small' | 'none',
  log: (line: string) => void,
): Promise<FuzzReport> {
  const large = hostileSet === 'full';
  const start = process.hrtime.bigint();
  const root = scratchDir('fuzz');
  const library = join(root, 'library.sqlite');
  const real = realFixtures();
  const made = makeArticleFiles(join(root, 'seeds'), 30, 42, 'seed');
  const seeds = mutationSeeds([...real.paths, ...made]);
  const report: FuzzReport = {
    fuzzCases: 0,
    mutants: 0,
    hostile: 0,
    crashes: 0,
    hangs: 0,
    timeouts: 0,
    linesWithoutCode: 0,
    outcomes: {},
    failures: [],
    hostileOutcomes: [],
    libraryProblems: [],
    seeds: `${seeds.length} files (${real.skipped ?? `${real.paths.length} real fixtures`} + ${made.length} made)`,
    seconds: 0,
  };
  log(`Fuzzing: ${mutantCount} mutants of ${report.seeds}, in batches of ${BATCH}...`);
  const random = seededRandom(2026);
  let batch = -1;
  let folder = '';
  let i = 0;
  const flush = async (): Promise<void> => {
    if (!folder) return;
    await importBatch(folder, library, report);
    log(`  batch ${batch + 1}: ${i} mutants so far, ${report.crashes} crashes, ${report.hangs} hangs`);
  };
  for (const m of mutants(seeds, mutantCount, random)) {
    if (i % BATCH === 0) {
      await flush();
      batch++;
      folder = join(root, `mutants-${String(batch).padStart(3, '0')}`);
      mkdirSync(folder);
    }
    writeFileSync(join(folder, m.name), m.bytes);
    i++;
  }
  await flush();
  report.mutants = i;

  if (hostileSet === 'none') return finish(report, library, start);
  log(`Fuzzing: hand-made hostile files${large ? '' : ' (small set)'}...`);
  const hostileDir = join(root, 'hostile');
  mkdirSync(hostileDir);
  const hostile = await writeHostileFiles(hostileDir, large);
  report.hostile = hostile.length;
  const lines = await importBatch(hostileDir, library, report, true);
  for (const h of hostile) {
    const shown = Buffer.isBuffer(h.name) ? h.name.toString('latin1') : h.name;
    const line = lines.find((l) => l.file.endsWith(Buffer.isBuffer(h.name) ? h.name.toString('utf8') : h.name));
    const outcome = line ? (line.status === 'failed' ? `failed ${line.error?.code}` : line.status) : 'NO LINE';
    report.hostileOutcomes.push({ file: JSON.stringify(shown), what: h.what, outcome });
  }
  return finish(report, library, start);
}

function finish(report: FuzzReport, library: string, start: bigint): FuzzReport {
  report.fuzzCases = report.mutants + report.hostile;
  report.libraryProblems = checkLibrary(library).problems;
  report.seconds = seconds(start);
  return report;
}
