import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, type Db } from './open';
import { startWalCheckpointer, WAL_TRUNCATE_ABOVE_BYTES, type WalCheckpointer } from './wal-checkpointer';

// The worker imports only better-sqlite3 and Node, so it runs from its TypeScript source here.
const WORKER = new URL('./wal-checkpoint-worker.ts', import.meta.url);

const until = async (check: () => boolean, ms = 10_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Writes about `mb` megabytes to the log, in many small transactions as an import does. */
function writeSome(db: Db, mb: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, data BLOB)');
  const insert = db.prepare('INSERT INTO filler (data) VALUES (?)');
  for (let i = 0; i < mb * 4; i++) db.transaction(() => insert.run(Buffer.alloc(256 * 1024, i)))();
}

describe('background WAL checkpoints', () => {
  let dir: string;
  let db: Db | null = null;
  let checkpointer: WalCheckpointer | null = null;

  afterEach(() => {
    checkpointer?.stop();
    if (db?.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (): string => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-wal-'));
    const path = join(dir, 'library.sqlite');
    db = openLibrary(path);
    return path;
  };

  it('copies the log into the database file off the main connection, which no longer checkpoints', async () => {
    const path = open();
    checkpointer = startWalCheckpointer(db!, path, WORKER);
    expect(checkpointer).not.toBeNull();
    expect(db!.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    writeSome(db!, 12);
    await until(() => {
      // What is left to copy, seen from the main connection, without copying it.
      const [state] = db!.pragma('wal_checkpoint(NOOP)') as Array<{ log: number; checkpointed: number }>;
      return checkpointer!.checkpoints > 0 && state!.log > 0 && state!.checkpointed === state!.log;
    });
  });

  it('closes its connection when stopped: the library is then closed cleanly, its log removed', async () => {
    const path = open();
    checkpointer = startWalCheckpointer(db!, path, WORKER);
    writeSome(db!, 2);
    await until(() => checkpointer!.checkpoints > 0);
    checkpointer!.stop();
    db!.close();
    // SQLite deletes the log when the last connection to the library closes.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const again = openLibrary(path);
    expect((again.prepare('SELECT count(*) AS n FROM filler').get() as { n: number }).n).toBe(8);
    again.close();
  });

  it('cuts a log grown past its limit once the library is quiet, never inside a commit', async () => {
    const path = open();
    checkpointer = startWalCheckpointer(db!, path, WORKER, { truncateAboveBytes: 1024 * 1024 });
    // The main connection's commits never cut the log: cutting hundreds of MB held the window.
    expect(db!.pragma('journal_size_limit', { simple: true })).toBe(-1);
    writeSome(db!, 12);
    const walSize = (): number => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
    expect(walSize()).toBeGreaterThan(1024 * 1024);
    await until(() => walSize() === 0);
    // Nothing was lost in the cut.
    expect((db!.prepare('SELECT count(*) AS n FROM filler').get() as { n: number }).n).toBe(48);
  });

  it('gives checkpoints back to the main connection when its thread fails', async () => {
    const path = open();
    const failing = new URL('data:text/javascript,throw new Error("no sqlite here")');
    checkpointer = startWalCheckpointer(db!, path, failing);
    await until(() => db!.pragma('wal_autocheckpoint', { simple: true }) === 1000);
    // And the cutting of a grown log, which SQLite then does itself, after the commit that rewinds it.
    expect(db!.pragma('journal_size_limit', { simple: true })).toBe(WAL_TRUNCATE_ABOVE_BYTES);
  });

  it('is not started for an in-memory library or without a worker script', () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-wal-'));
    const memory = openLibrary(':memory:');
    expect(startWalCheckpointer(memory, ':memory:', WORKER)).toBeNull();
    memory.close();
    db = openLibrary(join(dir, 'library.sqlite'));
    expect(startWalCheckpointer(db, join(dir, 'library.sqlite'), null)).toBeNull();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
