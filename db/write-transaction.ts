import { DossierError } from '../preload/contract/errors';
import type { Db } from './open';

/** How long a write waits, in all, for another process (the app, a CLI import) to finish its own. */
const MAX_WAIT_MS = 30_000;

/** A pause that blocks the thread (SQLite's own busy handler does the same). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for "another connection holds the write lock" (SQLITE_BUSY and its extended codes). */
export function isBusyError(err: unknown): boolean {
  return sqliteCode(err)?.startsWith('SQLITE_BUSY') === true;
}

/**
 * Turns SQLite's storage failures into errors a reporter can act on: a full disk (SQLITE_FULL, or
 * ENOSPC from the file system) becomes DISK_FULL, a write lock held too long DB_LOCKED. Anything
 * else is returned unchanged, for the caller's usual handling.
 */
export function translateStorageError(err: unknown): unknown {
  if (err instanceof DossierError) return err;
  const code = sqliteCode(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE') {
    return new DossierError(
      'DISK_FULL',
      'The disk is full, so Dossier could not save. Nothing was half-saved: free some space and try again.',
      { cause: err },
    );
  }
  if (code?.startsWith('SQLITE_BUSY') === true) {
    return new DossierError(
      'DB_LOCKED',
      'Another program kept this library busy for too long (another Dossier window or command?). Try again in a moment.',
      { cause: err },
    );
  }
  return err;
}

/**
 * Runs `fn` in a write transaction that takes SQLite's write lock before it reads anything
 * (BEGIN IMMEDIATE). A deferred transaction that reads, then writes, fails with SQLITE_BUSY at
 * once when another process wrote in between, whatever the busy timeout; an immediate one waits
 * for the lock instead. If the lock stays busy past the connection's timeout, the attempt is
 * retried with backoff (it has not run `fn` yet, so nothing is repeated) for up to 30 seconds.
 * Inside another transaction it is a savepoint of that transaction, which holds the lock already.
 */
export function writeTransaction<T>(db: Db, fn: () => T, options: { maxWaitMs?: number } = {}): T {
  if (db.inTransaction) return db.transaction(fn)();
  const deadline = Date.now() + (options.maxWaitMs ?? MAX_WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    let started = false;
    const tx = db.transaction(() => {
      started = true;
      return fn();
    });
    try {
      return tx.immediate();
    } catch (err) {
      if (!started && isBusyError(err) && Date.now() < deadline) {
        sleepSync(Math.min(1000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2));
        continue;
      }
      throw translateStorageError(err);
    }
  }
}
