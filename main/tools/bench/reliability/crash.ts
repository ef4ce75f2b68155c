import { join } from 'node:path';
import { crashImports, type CrashImportReport, type KillTrial } from './crash-import';
import { crashBackupRestore, crashRescanAndNotes } from './crash-other';
import { scratchDir, seconds } from './support';

export interface CrashReport {
  crashTrials: number;
  crashTrialsDirty: number;
  /** Writes reported done (an import line, an acknowledged note save) and missing after a kill. */
  lostWrites: number;
  /** Trials whose process ended on its own before the kill came (not counted as crash trials). */
  finishedBeforeKill: number;
  importPart: Omit<CrashImportReport, 'trials'>;
  dirty: KillTrial[];
  byKind: Record<string, { trials: number; killed: number; dirty: number }>;
  seconds: number;
}

/** Every kill -9 trial on one library; `trials` import kills, a quarter as many of each other kind. */
export async function runCrashSafety(trials: number, log: (line: string) => void): Promise<CrashReport> {
  const start = process.hrtime.bigint();
  const root = scratchDir('crash');
  const library = join(root, 'library.sqlite');
  log(`Crash safety: ${trials} kills of a 300-file import on one library (${root})...`);
  const imports = await crashImports(root, library, trials, log);
  const others = Math.max(2, Math.round(trials / 4));
  log(`Crash safety: ${others} kills each during backup, restore, entity re-scan and note autosave...`);
  const all: KillTrial[] = [
    ...imports.trials,
    ...(await crashBackupRestore(root, library, others, log)),
    ...(await crashRescanAndNotes(library, others)),
  ];
  const byKind: CrashReport['byKind'] = {};
  for (const t of all) {
    const k = (byKind[t.what] ??= { trials: 0, killed: 0, dirty: 0 });
    k.trials++;
    if (t.killed) k.killed++;
    if (t.problems.length) k.dirty++;
  }
  const dirty = all.filter((t) => t.problems.length > 0);
  const reimportDirty = imports.reimport.problems.length > 0 ? 1 : 0;
  const { trials: _trials, ...importPart } = imports;
  return {
    crashTrials: all.filter((t) => t.killed).length,
    crashTrialsDirty: dirty.length + reimportDirty,
    lostWrites: all.filter((t) => t.problems.some((p) => /lost|missing/.test(p))).length,
    finishedBeforeKill: all.filter((t) => !t.killed).length,
    importPart,
    dirty,
    byKind,
    seconds: seconds(start),
  };
}
