import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFileResult } from '../../../../preload/api';
import { checkLibrary, queryLibrary } from './library-checks';
import { jsonLines, runCli, scratchDir, seconds, seededRandom } from './support';

/**
 * Disk full: the library lives on a tiny tmpfs (mounted here; needs root or CAP_SYS_ADMIN, and
 * the part says so and skips when it cannot mount), and a folder of large text files is
 * imported until the disk fills. Expected: one clear DISK_FULL, the rest of the batch not
 * attempted, the library opening and passing every check with all committed articles kept;
 * and a backup onto the full disk failing with DISK_FULL too.
 */
export interface DiskFullReport {
  method: string;
  skipped?: string;
  codes: Record<string, number>;
  firstDiskFullAt: number | null;
  /** Reasons given after the first DISK_FULL (what the rest of the batch was told). */
  afterFirst: Record<string, number>;
  stderrFullLines: number;
  exitCode: number | null;
  committedLost: number;
  backupOntoFullDisk: string;
  libraryProblems: string[];
  seconds: number;
  ok: boolean;
}

const TMPFS_MB = 24;

function writeBigTexts(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(404);
  const words = 'harbour audit memo leak ministry tender contract shipment regulator senator council'.split(' ');
  return Array.from({ length: count }, (_, i) => {
    const text = Array.from({ length: 30_000 }, () => words[Math.floor(random() * words.length)]).join(' ');
    const path = join(dir, `big-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, `Filing ${i}\n\n${text}\n`);
    return path;
  });
}

export async function runDiskFull(log: (line: string) => void): Promise<DiskFullReport> {
  const start = process.hrtime.bigint();
  const root = scratchDir('diskfull');
  const mountPoint = join(root, 'tiny');
  mkdirSync(mountPoint);
  const report: DiskFullReport = {
    method: `tmpfs of ${TMPFS_MB} MB mounted at ${mountPoint}`,
    codes: {},
    firstDiskFullAt: null,
    afterFirst: {},
    stderrFullLines: 0,
    exitCode: null,
    committedLost: 0,
    backupOntoFullDisk: '',
    libraryProblems: [],
    seconds: 0,
    ok: false,
  };
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_MB}m`, 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (err) {
    report.skipped = `cannot mount a tmpfs here (${(err as Error).message.split('\n')[0]}); run as root or with CAP_SYS_ADMIN`;
    log(`Disk full: skipped: ${report.skipped}`);
    return report;
  }
  try {
    const library = join(mountPoint, 'library.sqlite');
    const files = writeBigTexts(join(root, 'files'), 120);
    log(`Disk full: importing ${files.length} files of ~250 KB into a library on a ${TMPFS_MB} MB tmpfs...`);
    const run = await runCli(['import', ...files, '--json', '--library', library], { idleMs: 120_000 });
    report.exitCode = run.code;
    report.stderrFullLines = run.stderr.split('\n').filter((l) => /SQLITE_FULL|ENOSPC|disk is full/i.test(l)).length;
    const lines = jsonLines<ImportFileResult>(run.stdout);
    lines.forEach((r, i) => {
      const key: string = r.status === 'failed' ? (r.error?.code ?? 'NO CODE') : r.status;
      report.codes[key] = (report.codes[key] ?? 0) + 1;
      if (report.firstDiskFullAt !== null) report.afterFirst[key] = (report.afterFirst[key] ?? 0) + 1;
      if (key === 'DISK_FULL' && report.firstDiskFullAt === null) report.firstDiskFullAt = i;
    });
    const ids = lines.flatMap((r) => (r.status === 'imported' && r.id ? [r.id] : []));
    const present = new Set(queryLibrary<{ id: number }>(library, 'SELECT id FROM articles').map((r) => r.id));
    report.committedLost = ids.filter((id) => !present.has(id)).length;
    report.libraryProblems = checkLibrary(library).problems;
    const backup = await runCli(['backup', '--out', join(mountPoint, 'backup.sqlite'), '--json', '--library', library]);
    const error = /"code":"([A-Z_]+)"/.exec(backup.stdout.join('\n'))?.[1];
    report.backupOntoFullDisk =
      backup.code === 0
        ? 'succeeded (disk had room)'
        : `exit ${backup.code}, ${error ?? backup.stderr.trim().split('\n').pop()?.slice(0, 120)}`;
    report.ok =
      report.firstDiskFullAt !== null &&
      (report.codes.INTERNAL ?? 0) === 0 &&
      report.committedLost === 0 &&
      report.libraryProblems.length === 0 &&
      (backup.code === 0 || error === 'DISK_FULL');
  } finally {
    try {
      execFileSync('umount', [mountPoint], { stdio: 'pipe' });
    } catch {
      log(`Disk full: could not unmount ${mountPoint}`);
    }
  }
  report.seconds = seconds(start);
  return report;
}
