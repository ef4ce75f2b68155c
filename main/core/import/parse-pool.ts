import { Worker } from 'node:worker_threads';
import { findBuiltWorker } from '../kernel/built-worker';
import type { EntityRegistrySnapshot } from '../entities/prematch';
import { parseFile } from './parse-file';
import type { ParseOutcome, ParseRequest } from './types';
import { warmUpRequest } from './warm-up-page';
import type { ParseWorkerMessage } from './worker';

/**
 * Runs parseFile off the main thread. In the built app and CLI each job goes to a worker thread
 * (out/main/import-worker.js) that is terminated when a file exceeds its time limit. Where no
 * built worker exists (unit tests run the TypeScript directly) the same function runs
 * in-process; the time limit then still ends the wait, but cannot stop the parse itself.
 */
export interface ParsePool {
  readonly mode: 'worker' | 'in-process';
  parse(req: ParseRequest, timeoutMs: number): Promise<ParseOutcome>;
  /**
   * Starts every missing worker and has each parse a small built-in page (nothing is stored), so
   * the next file does not wait for a thread to start and compile the parsers. Resolves when the
   * warm-up is over; never rejects. Files arriving meanwhile queue behind it as usual. Does
   * nothing in-process, where there is no thread to start.
   */
  warm(): Promise<void>;
  /** Worker threads alive now (working, warm or idle); 0 in-process. */
  liveWorkers(): number;
  close(): Promise<void>;
}

/**
 * Heap allowed to one parser thread. The caps on text, markup and unpacked XML keep a normal
 * parse far below it; a parse that runs away anyway fails that file (FILE_TOO_LARGE) instead of
 * the machine. With the main thread and a 200 MB file it keeps the import near its memory goal.
 */
export const WORKER_HEAP_MB = 768;

/**
 * How long a parser thread may sit idle before it is terminated, giving back its ~100 MB. A
 * minute covers the pauses inside one gesture (a drag that hovers before the drop, a file
 * picker left open, a retry with a password, the next folder of a collection), so those never
 * pay a cold start again, and a reporter who imported once is not charged for threads all day.
 */
export const PARSE_WORKER_IDLE_MS = 60_000;

/** Time allowed to a warm-up parse: far more than the small page needs, even on a loaded machine. */
const WARM_UP_TIMEOUT_MS = 60_000;

const TIMEOUT_MESSAGE = (seconds: number): string =>
  `Reading this file took longer than ${seconds} seconds, so it was stopped. It may be damaged or unusually complex.`;

/** Finds the built worker next to the bundle (or one folder up when code lives in a chunk). */
export function findWorkerScript(): string | null {
  return findBuiltWorker('import-worker.js', 'DOSSIER_IMPORT_WORKER');
}

function createInProcessPool(): ParsePool {
  return {
    mode: 'in-process',
    async parse(req, timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<ParseOutcome>((resolve) => {
        timer = setTimeout(
          () => resolve({ ok: false, code: 'TIMEOUT', message: TIMEOUT_MESSAGE(Math.round(timeoutMs / 1000)) }),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([parseFile(req), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async warm() {},
    liveWorkers: () => 0,
    async close() {},
  };
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
  /** The entity registry version this slot's worker holds. */
  registryVersion: number | undefined;
  /** Terminates the idle worker when it fires; cleared when the slot is taken again. */
  idleTimer: NodeJS.Timeout | undefined;
}

/** What a pool may be given besides its size. */
export interface ParsePoolOptions {
  /**
   * The current entity registry. When given, workers match each parsed article's entities too
   * (the registry is sent to a worker once per version); the main thread then only writes them.
   */
  entityRegistry?: () => EntityRegistrySnapshot;
  /** Idle time after which a worker is terminated (default PARSE_WORKER_IDLE_MS; tests shorten it). */
  idleMs?: number;
}

/** The registry now, or undefined when it cannot be read (the library closing): matching stays on the main thread. */
function readRegistry(options: ParsePoolOptions): EntityRegistrySnapshot | undefined {
  try {
    return options.entityRegistry?.();
  } catch {
    return undefined;
  }
}

function createWorkerPool(script: string, size: number, heapMb: number, options: ParsePoolOptions): ParsePool {
  const idleMs = options.idleMs ?? PARSE_WORKER_IDLE_MS;
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: null,
    busy: false,
    registryVersion: undefined,
    idleTimer: undefined,
  }));
  const waiting: Array<(slot: Slot) => void> = [];
  let nextId = 1;
  let warming: Promise<void> | undefined;

  const take = (slot: Slot): Slot => {
    slot.busy = true;
    clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    return slot;
  };
  const acquire = (): Promise<Slot> => {
    // A slot with a live worker first, so a warm thread is used before a cold one is started.
    const free = slots.find((s) => !s.busy && s.worker) ?? slots.find((s) => !s.busy);
    if (free) return Promise.resolve(take(free));
    return new Promise((resolve) => waiting.push(resolve));
  };
  const retireWhenIdle = (slot: Slot): void => {
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined;
      const idle = slot.worker;
      if (slot.busy || !idle) return;
      slot.worker = null;
      // Nothing is waiting on an idle worker; one that fails to stop is gone either way.
      idle.terminate().catch(() => undefined);
    }, idleMs);
    // Like the workers themselves, a pending retirement must not keep a finished CLI command running.
    slot.idleTimer.unref();
  };
  const release = (slot: Slot): void => {
    const next = waiting.shift();
    if (next) {
      next(slot);
      return;
    }
    slot.busy = false;
    if (slot.worker) retireWhenIdle(slot);
  };
  const spawn = (slot: Slot): Worker => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    slot.registryVersion = undefined;
    // The pool lives as long as the core: an idle worker must not keep a finished CLI command
    // running. A parse in flight keeps the process alive through its time limit's timer.
    worker.unref();
    // A worker that dies between files must not take the app down; the next file gets a fresh one.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (slot.worker === worker) slot.worker = null;
    });
    return worker;
  };

  /** `holdProcess: false` for a warm-up, which must not keep a finished command running either. */
  const runOn = (slot: Slot, req: ParseRequest, timeoutMs: number, holdProcess = true): Promise<ParseOutcome> =>
    new Promise((resolve) => {
      const worker = (slot.worker ??= spawn(slot));
      const id = nextId++;
      const finish = (outcome: ParseOutcome, kill: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill) {
          slot.worker = null;
          // The outcome is already settled; a worker that fails to stop is gone either way.
          worker.terminate().catch(() => undefined);
        }
        resolve(outcome);
      };
      const onMessage = (msg: { id: number; outcome: ParseOutcome }): void => {
        if (msg.id === id) finish(msg.outcome, false);
      };
      const onError = (err: Error & { code?: string }): void => {
        const tooBig = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish(
          tooBig
            ? {
                ok: false,
                code: 'FILE_TOO_LARGE',
                message: 'This file needs more memory to read than Dossier allows; it was skipped.',
              }
            : { ok: false, code: 'CORRUPT_FILE', message: `The file reader stopped on this file (${err.message}).` },
          true,
        );
      };
      const onExit = (): void =>
        finish(
          { ok: false, code: 'CORRUPT_FILE', message: 'The file reader stopped unexpectedly on this file.' },
          true,
        );
      const timer = setTimeout(
        () => finish({ ok: false, code: 'TIMEOUT', message: TIMEOUT_MESSAGE(Math.round(timeoutMs / 1000)) }, true),
        timeoutMs,
      );
      if (!holdProcess) timer.unref();
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const registry = readRegistry(options);
      if (registry && slot.registryVersion !== registry.version) {
        worker.postMessage({ kind: 'registry', snapshot: registry } satisfies ParseWorkerMessage);
        slot.registryVersion = registry.version;
      }
      worker.postMessage({
        id,
        req,
        ...(registry ? { entityVersion: registry.version } : {}),
      } satisfies ParseWorkerMessage);
    });

  /** Starts and warms the worker of each free slot that has none; a busy or started slot is warm enough. */
  const warmSlots = async (): Promise<void> => {
    // A file is on its way: a warm thread near the end of its idle time gets the full time again.
    for (const slot of slots) {
      if (slot.busy || !slot.worker) continue;
      clearTimeout(slot.idleTimer);
      retireWhenIdle(slot);
    }
    const cold = slots.filter((s) => !s.busy && !s.worker).map(take);
    await Promise.all(
      cold.map(async (slot) => {
        try {
          // The outcome is not wanted: loading and compiling the parsers on the way is the point.
          await runOn(slot, warmUpRequest(), WARM_UP_TIMEOUT_MS, false);
        } catch {
          // A warm-up is only a head start: a thread that cannot start or parse now leaves the
          // next file to start its own, as before warming existed, and must never fail an import.
        } finally {
          release(slot);
        }
      }),
    );
  };

  return {
    mode: 'worker',
    async parse(req, timeoutMs) {
      const slot = await acquire();
      try {
        return await runOn(slot, req, timeoutMs);
      } finally {
        release(slot);
      }
    },
    warm() {
      warming ??= warmSlots().finally(() => {
        warming = undefined;
      });
      return warming;
    },
    liveWorkers: () => slots.filter((s) => s.worker).length,
    async close() {
      for (const s of slots) clearTimeout(s.idleTimer);
      await Promise.all(slots.map((s) => s.worker?.terminate()));
      for (const s of slots) s.worker = null;
    },
  };
}

/**
 * A pool of `size` parsers: worker threads when the built worker exists, else in-process (where
 * the article hooks match entities on the main thread, as they always may). `heapMb` caps each
 * worker's heap (tests use a small one).
 */
export function createParsePool(
  size: number,
  script: string | null = findWorkerScript(),
  heapMb = WORKER_HEAP_MB,
  options: ParsePoolOptions = {},
): ParsePool {
  return script ? createWorkerPool(script, Math.max(1, size), heapMb, options) : createInProcessPool();
}
