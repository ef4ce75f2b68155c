import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { statSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Worker-thread entry (built to out/main/wal-checkpoint-worker.js; see wal-checkpointer.ts):
 * copies the library's write-ahead log into the database file, with its own connection, so the
 * main thread never does it inside a commit. The thread is a plain loop: it sleeps on a shared
 * flag, wakes every CHECKPOINT_EVERY_MS or when told to stop, and checkpoints.
 *
 * Imports only better-sqlite3 and Node, so it runs from sources (tests) as well as built.
 */
export interface CheckpointWorkerData {
  /** Marks this thread's data: the loop never starts in another thread that loads this module. */
  kind: 'wal-checkpoint';
  path: string;
  /** Int32Array over a SharedArrayBuffer: [STOP, CLOSED, CHECKPOINTS]. */
  flags: SharedArrayBuffer;
  everyMs: number;
  /** A log larger than this is cut to nothing once the library has been quiet for QUIET_TICKS wakes. */
  truncateAboveBytes: number;
}

/** Wakes without a new frame in the log before the library counts as quiet (about 2 s at 250 ms). */
const QUIET_TICKS = 8;

/** The log's size on disk (0 when it does not exist). */
function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}

export const FLAG_STOP = 0;
export const FLAG_CLOSED = 1;
export const FLAG_CHECKPOINTS = 2;

function run({ path, flags: buffer, everyMs, truncateAboveBytes }: CheckpointWorkerData): void {
  const flags = new Int32Array(buffer);
  // Below the window's thread (on Linux a nice value is per thread; see kernel/background-thread.ts).
  if (process.platform === 'linux') {
    try {
      if (getPriority(0) < 10) setPriority(0, 10);
    } catch {
      // keeps the normal priority
    }
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 1000 });
    // Checkpointing reads the log and writes the file; it needs no cache of its own.
    db.pragma('cache_size = -512');
    let lastLog = -1;
    let quiet = 0;
    while (Atomics.load(flags, FLAG_STOP) === 0) {
      Atomics.wait(flags, FLAG_STOP, 0, everyMs);
      if (Atomics.load(flags, FLAG_STOP) !== 0) break;
      // PASSIVE: copies what it can without waiting for the writer or readers, never blocks them.
      // Nothing new in the log costs a look at its header.
      try {
        const [state] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
        Atomics.add(flags, FLAG_CHECKPOINTS, 1);
        quiet = state && state.log === lastLog && state.checkpointed === state.log ? quiet + 1 : 0;
        lastLog = state?.log ?? -1;
        // An import can grow the log to hundreds of megabytes (it rewinds only when a checkpoint
        // catches up between two commits). Cut once nobody has written for a while: TRUNCATE
        // waits for readers and holds writers while it cuts, which a quiet library never feels.
        if (quiet >= QUIET_TICKS && walBytes(path) > truncateAboveBytes) {
          db.pragma('wal_checkpoint(TRUNCATE)');
          quiet = 0;
        }
      } catch {
        // Another process's checkpoint (a backup, a second Dossier) holds the log: next time.
      }
    }
  } catch {
    // A library that cannot be opened or checkpointed here: the main thread's connection takes
    // checkpoints back when this thread ends (see wal-checkpointer.ts).
  } finally {
    try {
      db?.close();
    } finally {
      Atomics.store(flags, FLAG_CLOSED, 1);
      Atomics.notify(flags, FLAG_CLOSED);
    }
  }
}

if ((workerData as Partial<CheckpointWorkerData> | null)?.kind === 'wal-checkpoint')
  run(workerData as CheckpointWorkerData);
