import { Worker } from 'node:worker_threads';
import type { Db } from './open';
import { FLAG_CHECKPOINTS, FLAG_CLOSED, FLAG_STOP, type CheckpointWorkerData } from './wal-checkpoint-worker';

/** How often the background thread copies the log into the database file. */
export const CHECKPOINT_EVERY_MS = 250;
/** SQLite's own default: the main connection checkpoints every 1,000 pages (4 MB) of log. */
const AUTOCHECKPOINT_PAGES = 1000;
/**
 * A log that grew past this during a long import is cut back to nothing once the library is quiet,
 * by the background thread (see wal-checkpoint-worker.ts). Not by the main connection while that
 * thread runs: SQLite's own limit (journal_size_limit) cuts the log inside the first commit after
 * it rewinds, on the main thread, and cutting hundreds of megabytes held that commit, and the
 * window, for 100 to 660 ms. The main connection gets this limit back only if the thread ends.
 */
export const WAL_TRUNCATE_ABOVE_BYTES = 64 * 1024 * 1024;
/** Longest `stop` waits for a checkpoint in progress to end. */
const STOP_WAIT_MS = 5_000;

/** The background checkpointer of one open library. */
export interface WalCheckpointer {
  /** Checkpoints the background thread has made (tests, benchmarks). */
  readonly checkpoints: number;
  /**
   * Stops the thread and waits (synchronously, briefly) until its connection is closed, so the
   * library can then be closed, restored or deleted by the caller. Safe to call twice.
   */
  stop(): void;
}

/**
 * Moves the write-ahead log's checkpoints off the main thread. By default SQLite checkpoints inside
 * the commit that crosses 1,000 pages of log: during an import that was every ten or so pages, on
 * the main thread (the window's), each copying 4 MB and syncing the file. Here the main connection
 * stops checkpointing and a worker thread with its own connection does it every 250 ms, PASSIVE
 * (it never waits for, nor blocks, the writer); only when the library has been quiet for a while
 * does it cut a grown log (TRUNCATE, which holds writers while it cuts). If that thread ends, the
 * main connection takes checkpoints, and the cutting, back. Returns null for an in-memory library
 * or where no worker script is given.
 */
export function startWalCheckpointer(
  db: Db,
  path: string,
  script: string | URL | null,
  options: { truncateAboveBytes?: number } = {},
): WalCheckpointer | null {
  if (script === null || path === ':memory:' || db.memory || db.readonly) return null;
  const flags = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const data: CheckpointWorkerData = {
    kind: 'wal-checkpoint',
    path,
    flags: flags.buffer as SharedArrayBuffer,
    everyMs: CHECKPOINT_EVERY_MS,
    truncateAboveBytes: options.truncateAboveBytes ?? WAL_TRUNCATE_ABOVE_BYTES,
  };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: data });
  } catch {
    return null;
  }
  db.pragma('wal_autocheckpoint = 0');
  // The main connection never cuts the log (SQLite's default, -1): the background thread does.
  db.pragma('journal_size_limit = -1');
  let stopped = false;
  let exited = false;
  const takeBack = (): void => {
    exited = true;
    if (!db.open) return;
    db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_TRUNCATE_ABOVE_BYTES}`);
  };
  // The thread holds nothing to save: it must not keep a finished CLI command running.
  worker.unref();
  worker.on('error', takeBack);
  worker.on('exit', takeBack);
  return {
    get checkpoints() {
      return Atomics.load(flags, FLAG_CHECKPOINTS);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      Atomics.store(flags, FLAG_STOP, 1);
      Atomics.notify(flags, FLAG_STOP);
      // A thread still loading sees the flag before it opens anything, then says it is closed.
      try {
        if (!exited) Atomics.wait(flags, FLAG_CLOSED, 0, STOP_WAIT_MS);
      } catch {
        // A thread that may not block (none of ours today): terminating closes the connection soon after.
      }
      worker.terminate().catch(() => undefined);
      takeBack();
    },
  };
}
