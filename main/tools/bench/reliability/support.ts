import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Shared plumbing for the reliability suite: where the built CLI is, running it as a child
 * process (so it can be killed with SIGKILL like a crashing app), a seeded PRNG so every run
 * repeats, and the "busy" detector the concurrency and crash parts share.
 */

/** The checkout's root: the nearest folder above this file (source or bundle) holding Dossier's package.json. */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"dossier"/.test(readFileSync(manifest, 'utf8'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(process.cwd());
    dir = up;
  }
}

export const CLI_PATH = join(projectRoot(), 'out', 'main', 'cli.js');

export function scratchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `dossier-reliab-${name}-`));
}

export { seededRandom } from '../../../test-support/seeded-random';

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** "database is locked" or SQLITE_BUSY anywhere in what a process printed. */
export const BUSY_PATTERN = /database is locked|SQLITE_BUSY/i;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string[];
  stderr: string;
  /** True when the watchdog killed the process (no output for `idleMs`). */
  timedOut: boolean;
  peakRssMb?: number;
}

export interface CliOptions {
  /** Kill (SIGKILL) when no stdout line arrives for this long. */
  idleMs?: number;
  env?: NodeJS.ProcessEnv;
  onLine?(line: string, child: ChildProcess): void;
  /** Sample the child's resident memory (Linux /proc) every few milliseconds. */
  sampleRss?: boolean;
}

/** Starts `node out/main/cli.js ARGS` with its output piped. */
export function spawnCli(args: string[], env?: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  spawned.add(child);
  child.once('exit', () => spawned.delete(child));
  return child;
}

const spawned = new Set<ChildProcess>();

/** Kills every CLI child still running (a part that threw may leave a server behind). */
export function killLeftoverChildren(): number {
  const left = [...spawned].filter((c) => c.exitCode === null && c.signalCode === null);
  for (const child of left) child.kill('SIGKILL');
  return left.length;
}

/** VmHWM (peak resident set) of a live process in MB, from /proc; undefined once it has gone. */
export function peakRssOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** Runs the CLI to its end (or until the idle watchdog kills it) and collects what it printed. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawnCli(args, options.env);
  const stdout: string[] = [];
  let stderr = '';
  let timedOut = false;
  let peak = 0;
  let watchdog: NodeJS.Timeout | undefined;
  const arm = (): void => {
    if (options.idleMs === undefined) return;
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.idleMs);
  };
  const sampler = options.sampleRss
    ? setInterval(() => (peak = Math.max(peak, peakRssOf(child.pid) ?? 0)), 20)
    : undefined;
  arm();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    stdout.push(line);
    arm();
    options.onLine?.(line, child);
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 2_000_000) stderr += chunk.toString();
  });
  return new Promise((done) => {
    child.once('close', (code, signal) => {
      clearTimeout(watchdog);
      if (sampler) clearInterval(sampler);
      done({ code, signal, stdout, stderr, timedOut, ...(options.sampleRss ? { peakRssMb: Math.round(peak) } : {}) });
    });
  });
}

/** Parses the JSON lines a `--json` command printed, skipping anything else. */
export function jsonLines<T>(lines: string[]): T[] {
  const out: T[] = [];
  for (const line of lines) {
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      // not a JSON line (should not happen with --json; counted by callers through missing files)
    }
  }
  return out;
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export const seconds = (startNs: bigint): number => Math.round(Number(process.hrtime.bigint() - startNs) / 1e7) / 100;
