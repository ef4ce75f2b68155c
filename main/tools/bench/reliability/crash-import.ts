import { join } from 'node:path';
import type { ImportFileResult } from '../../../../preload/api';
import { checkLibrary, queryLibrary } from './library-checks';
import { copyInto, makeArticleFiles, realFixtures } from './make-files';
import { jsonLines, runCli, seconds, seededRandom } from './support';

/**
 * Crash safety of imports: a 300-file import into one library is killed with SIGKILL at a
 * random moment (after a random number of report lines, plus a few random milliseconds), N
 * times. After each kill the library must pass every check, and every file the killed run
 * reported as imported must be in it. A final re-import of every trial's files must finish
 * and report each file kept earlier as a duplicate.
 */

export interface KillTrial {
  what: string;
  trial: number;
  killed: boolean;
  killedAfterLines?: number;
  problems: string[];
}

export interface CrashImportReport {
  trials: KillTrial[];
  fixtures: string;
  filesPerTrial: number;
  reimport: {
    folders: number;
    files: number;
    lines: number;
    keptEarlier: number;
    reportedDuplicate: number;
    seconds: number;
    problems: string[];
  };
}

const FILES_PER_TRIAL = 300;
/** Real files per trial, so most of each import is new made files (real ones repeat across trials). */
const REAL_PER_TRIAL = 20;
/** Trial folders re-imported at the end (parsing dominates, so a sample keeps the bench under its time budget). */
const REIMPORT_FOLDERS = 4;

export async function crashImports(
  root: string,
  library: string,
  trialCount: number,
  log: (line: string) => void,
  filesPerTrial = FILES_PER_TRIAL,
): Promise<CrashImportReport> {
  const real = realFixtures();
  if (real.skipped) log(`crash safety: ${real.skipped}`);
  const random = seededRandom(1303);
  const trials: KillTrial[] = [];
  const keptEarlier = new Map<string, number>(); // file → article id reported before a kill
  const folders: string[] = [];
  for (let t = 0; t < trialCount; t++) {
    const folder = join(root, `trial-${String(t).padStart(2, '0')}`);
    const realPart = real.paths
      .slice((t * REAL_PER_TRIAL) % Math.max(1, real.paths.length))
      .slice(0, Math.min(REAL_PER_TRIAL, Math.floor(filesPerTrial / 3)));
    copyInto(folder, realPart, 'real-');
    makeArticleFiles(folder, filesPerTrial - realPart.length, 5000 + t, `t${t}`);
    folders.push(folder);
    const killAfter = Math.floor(random() * filesPerTrial * 0.95);
    const extraMs = Math.floor(random() * 40);
    let killed = false;
    let linesSeen = 0;
    const started = process.hrtime.bigint();
    const run = await runCli(['import', folder, '--json', '--library', library], {
      idleMs: 120_000,
      onLine(_line, child) {
        linesSeen++;
        if (linesSeen === killAfter + 1 && !killed) {
          killed = true;
          setTimeout(() => child.kill('SIGKILL'), extraMs);
        }
      },
    });
    const reported = jsonLines<ImportFileResult>(run.stdout);
    const problems = checkLibrary(library).problems;
    for (const r of reported) {
      const id = r.id ?? r.duplicateOf;
      if (id !== undefined) keptEarlier.set(r.file, id);
    }
    const ids = reported.filter((r) => r.status === 'imported').map((r) => r.id!);
    if (ids.length) {
      const present = queryLibrary<{ n: number }>(
        library,
        `SELECT count(*) AS n FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`,
        ids,
      )[0]!.n;
      if (present < ids.length) problems.push(`${ids.length - present} reported imports missing (lost writes)`);
    }
    trials.push({
      what: 'import',
      trial: t,
      killed: run.signal === 'SIGKILL',
      killedAfterLines: reported.length,
      problems,
    });
    log(
      `  import trial ${t + 1}/${trialCount}: ${run.signal === 'SIGKILL' ? `killed after ${reported.length} lines` : `finished (exit ${run.code}) before the kill`}; ${problems.length ? problems.join('; ') : 'library intact'} (${seconds(started)} s)`,
    );
  }
  return {
    trials,
    fixtures: real.skipped ?? `${real.paths.length} real fixture files, ${REAL_PER_TRIAL} per trial`,
    filesPerTrial,
    reimport: await reimportAll(
      folders.filter((_, i) => i % Math.ceil(folders.length / REIMPORT_FOLDERS) === 0),
      library,
      keptEarlier,
      log,
    ),
  };
}

async function reimportAll(
  folders: string[],
  library: string,
  keptEarlier: Map<string, number>,
  log: (line: string) => void,
): Promise<CrashImportReport['reimport']> {
  log(`  re-importing ${folders.length} trial folders (every ${folders.length > 1 ? 'few' : ''} trial)...`);
  const start = process.hrtime.bigint();
  const run = await runCli(['import', ...folders, '--json', '--library', library], { idleMs: 120_000 });
  const lines = jsonLines<ImportFileResult>(run.stdout);
  const byFile = new Map(lines.map((r) => [r.file, r]));
  const problems: string[] = [];
  if (run.signal || run.timedOut) problems.push(`re-import did not finish (${run.signal ?? 'idle timeout'})`);
  let reportedDuplicate = 0;
  let expected = 0;
  const notDuplicate: string[] = [];
  for (const [file] of keptEarlier) {
    if (!folders.some((f) => file.startsWith(`${f}/`))) continue;
    const line = byFile.get(file);
    expected++;
    if (line?.status === 'duplicate') reportedDuplicate++;
    else notDuplicate.push(`${file}: ${line ? `${line.status} ${line.error?.code ?? ''}` : 'no line'}`);
  }
  if (notDuplicate.length)
    problems.push(`${notDuplicate.length} files kept earlier not reported as duplicate, e.g. ${notDuplicate[0]}`);
  const check = checkLibrary(library);
  problems.push(...check.problems);
  return {
    folders: folders.length,
    files: byFile.size,
    lines: lines.length,
    keptEarlier: expected,
    reportedDuplicate,
    seconds: seconds(start),
    problems,
  };
}
