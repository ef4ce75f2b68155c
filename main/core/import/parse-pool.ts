import { Worker } from 'node:worker_threads';
import { findBuiltWorker } from '../kernel/built-worker';
import type { EntityRegistrySnapshot } from '../entities/prematch';
import { parseFile } from './parse-file';
import type { ParseOutcome, ParseRequest } from './types';
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
  close(): Promise<void>;
}

/**
 * Heap allowed to one parser thread. The caps on text, markup and unpacked XML keep a normal
 * parse far below it; a parse that runs away anyway fails that file (FILE_TOO_LARGE) instead of
 * the machine. With the main thread and a 200 MB file it keeps the import near its memory goal.
 */
export const WORKER_HEAP_MB = 768;

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
    async close() {},
  };
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
  /** The entity registry version this slot's worker holds. */
  registryVersion: number | undefined;
}

/** What a pool may be given besides its size. */
export interface ParsePoolOptions {
  /**
   * The current entity registry. When given, workers match each parsed article's entities too
   * (the registry is sent to a worker once per version); the main thread then only writes them.
   */
  entityRegistry?: () => EntityRegistrySnapshot;
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
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: null,
    busy: false,
    registryVersion: undefined,
  }));
  const waiting: Array<(slot: Slot) => void> = [];
  let nextId = 1;

  const acquire = (): Promise<Slot> => {
    const free = slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (slot: Slot): void => {
    const next = waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
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

  const runOn = (slot: Slot, req: ParseRequest, timeoutMs: number): Promise<ParseOutcome> =>
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
    async close() {
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
