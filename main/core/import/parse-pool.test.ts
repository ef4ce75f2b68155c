import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from './parse-pool';

const dir = mkdtempSync(join(tmpdir(), 'dossier-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const req = { fileName: 'x.txt', bytes: Buffer.from('hello'), maxBytes: 1e6, maxUncompressedBytes: 1e6 };

describe('parse pool', () => {
  it('terminates a worker stuck on a file and reports TIMEOUT, then keeps working', async () => {
    const script = join(dir, 'worker.cjs');
    // A stand-in worker: hangs forever on "hang.txt", answers anything else.
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', ({ id, req }) => {
         if (req.fileName === 'hang.txt') { for (;;) {} }
         parentPort.postMessage({ id, outcome: { ok: false, code: 'EMPTY', message: 'seen ' + req.fileName } });
       });`,
    );
    const pool = createParsePool(1, script);
    expect(pool.mode).toBe('worker');
    const stuck = await pool.parse({ ...req, fileName: 'hang.txt' }, 300);
    expect(stuck).toMatchObject({ ok: false, code: 'TIMEOUT' });
    const next = await pool.parse(req, 5000);
    expect(next).toMatchObject({ ok: false, code: 'EMPTY', message: 'seen x.txt' });
    await pool.close();
  });

  it('fails only the file whose parse runs out of its heap, as FILE_TOO_LARGE, then keeps working', async () => {
    const script = join(dir, 'greedy-worker.cjs');
    // A stand-in worker: on "greedy.txt" it keeps allocating, as a runaway parse would.
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', ({ id, req }) => {
         if (req.fileName === 'greedy.txt') { const keep = []; for (;;) keep.push(new Array(100000).fill(keep.length)); }
         parentPort.postMessage({ id, outcome: { ok: false, code: 'EMPTY', message: 'seen ' + req.fileName } });
       });`,
    );
    const pool = createParsePool(1, script, 32);
    const greedy = await pool.parse({ ...req, fileName: 'greedy.txt' }, 60_000);
    expect(greedy).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    expect(await pool.parse(req, 5000)).toMatchObject({ ok: false, code: 'EMPTY', message: 'seen x.txt' });
    await pool.close();
  });

  it('sends a worker the entity registry once per version, before the first file matched with it', async () => {
    const script = join(dir, 'registry-worker.cjs');
    // A stand-in worker: reports which registry versions it was sent, and which one a file asked for.
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
       const loaded = [];
       parentPort.on('message', (msg) => {
         if (msg.kind === 'registry') { loaded.push(msg.snapshot.version); return; }
         parentPort.postMessage({ id: msg.id, outcome: { ok: false, code: 'EMPTY', message: loaded.join(',') + ' for ' + msg.entityVersion } });
       });`,
    );
    let version = 3;
    const pool = createParsePool(1, script, undefined, {
      entityRegistry: () => ({ version, aliases: [] }),
    });
    expect(await pool.parse(req, 5000)).toMatchObject({ message: '3 for 3' });
    expect(await pool.parse(req, 5000)).toMatchObject({ message: '3 for 3' });
    version = 4;
    expect(await pool.parse(req, 5000)).toMatchObject({ message: '3,4 for 4' });
    await pool.close();
  });

  it('runs in-process where no built worker exists (unit tests), same results', async () => {
    const pool = createParsePool(2, null);
    expect(pool.mode).toBe('in-process');
    const out = await pool.parse(
      { ...req, bytes: Buffer.from('Notes from the call\n\nThe source confirmed the date.') },
      5000,
    );
    expect(out).toMatchObject({ ok: true, article: { format: 'txt', title: 'Notes from the call' } });
  });
});
