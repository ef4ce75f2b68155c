import type { Db } from '../../../db/open';
import { startWalCheckpointer, type WalCheckpointer } from '../../../db/wal-checkpointer';
import { findBuiltWorker } from './built-worker';

/**
 * The open library's background checkpoints (db/wal-checkpointer.ts), with the built worker
 * script. Running from sources (unit tests) there is no built worker: the main connection then
 * checkpoints as SQLite does by default.
 */
export function startLibraryCheckpoints(db: Db, path: string): WalCheckpointer | null {
  return startWalCheckpointer(db, path, findBuiltWorker('wal-checkpoint-worker.js', 'DOSSIER_CHECKPOINT_WORKER'));
}
