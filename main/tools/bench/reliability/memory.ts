import { openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scratchDir, seconds, seededRandom } from './support';

/**
 * Peak memory of importing one large file: the CLI's peak resident set (VmHWM, sampled from
 * /proc) while it imports a single .txt or single-line .html of a few sizes. The figure is
 * the worst peak divided by the file's size; the goal is a peak under 4x the size + 400 MB.
 */

export interface MemoryRun {
  file: string;
  sizeMb: number;
  peakRssMb: number;
  outcome: string;
  withinGoal: boolean;
  seconds: number;
}

export interface MemoryReport {
  peakRssPerFileMbPerMb: number;
  /** Peak of the same command on a 1 KB file: what the process costs before the file. */
  baselineRssMb: number;
  runs: MemoryRun[];
  goal: string;
}

const WORDS = 'harbour audit memo leak ministry tender contract shipment regulator senator'.split(' ');

function writeLargeFile(path: string, bytes: number, html: boolean): void {
  const random = seededRandom(bytes);
  const fd = openSync(path, 'w');
  if (html) writeSync(fd, '<!doctype html><html><head><meta charset="utf-8"><title>Big page</title></head><body><p>');
  let written = 0;
  while (written < bytes) {
    const words = Array.from({ length: 20_000 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const chunk = html ? `${words} ` : `${words}.\n\n`;
    writeSync(fd, chunk);
    written += chunk.length;
  }
  if (html) writeSync(fd, '</p></body></html>');
  closeSync(fd);
}

export async function measureMemory(sizesMb: number[], log: (line: string) => void): Promise<MemoryReport> {
  const root = scratchDir('memory');
  const runs: MemoryRun[] = [];
  const importOne = async (file: string, sizeMb: number): Promise<MemoryRun> => {
    const start = process.hrtime.bigint();
    const run = await runCli(['import', file, '--json', '--library', join(root, `lib-${runs.length}.sqlite`)], {
      sampleRss: true,
    });
    const line = run.stdout.find((l) => l.startsWith('{'));
    const parsed = line ? (JSON.parse(line) as { status: string; error?: { code: string } }) : undefined;
    const outcome = parsed
      ? parsed.status === 'failed'
        ? `failed ${parsed.error?.code}`
        : parsed.status
      : `no line (${run.signal ?? run.code})`;
    const peak = run.peakRssMb ?? 0;
    return {
      file: file.split('/').pop()!,
      sizeMb,
      peakRssMb: peak,
      outcome,
      withinGoal: peak < 4 * sizeMb + 400,
      seconds: seconds(start),
    };
  };
  const tiny = join(root, 'tiny.txt');
  writeLargeFile(tiny, 1000, false);
  const baseline = await importOne(tiny, 0.001);
  for (const sizeMb of sizesMb) {
    // Text at every size; a single-line page at the smallest only (it meets the 60 s limit soonest).
    for (const html of sizeMb === sizesMb[0] ? [false, true] : [false]) {
      const file = join(root, `large-${sizeMb}mb.${html ? 'html' : 'txt'}`);
      writeLargeFile(file, sizeMb * 1024 * 1024, html);
      const r = await importOne(file, sizeMb);
      runs.push(r);
      log(`  ${r.file}: peak ${r.peakRssMb} MB (${r.outcome}, ${r.seconds} s)`);
    }
  }
  const ratio = Math.max(...runs.map((r) => r.peakRssMb / r.sizeMb));
  return {
    peakRssPerFileMbPerMb: Math.round(ratio * 100) / 100,
    baselineRssMb: baseline.peakRssMb,
    runs,
    goal: 'peak < 4 x size + 400 MB for every run',
  };
}
