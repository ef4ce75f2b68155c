import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from './parse-pool';
import { parseFile } from './parse-file';
import { warmUpRequest } from './warm-up-page';
import { eventually } from '../../test-support/eventually';

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

describe('warming the pool and giving threads back', () => {
  const script = join(dir, 'thread-worker.cjs');
  // A stand-in worker: answers each file with the thread that read it; the warm-up page takes 300 ms.
  writeFileSync(
    script,
    `const { parentPort, threadId } = require('node:worker_threads');
     parentPort.on('message', (msg) => {
       if (msg.kind === 'registry') return;
       const answer = () => parentPort.postMessage({ id: msg.id, outcome: { ok: false, code: 'EMPTY', message: msg.req.fileName + ' on ' + threadId } });
       if (msg.req.fileName === 'warm-up.html') setTimeout(answer, 300); else answer();
     });`,
  );
  const threadOf = (outcome: { ok: boolean; message?: string }): string => outcome.message?.split(' on ')[1] ?? '';

  it('starts every thread on warm(), once, and the next file is read by one of them', async () => {
    const pool = createParsePool(2, script);
    expect(pool.liveWorkers()).toBe(0);
    const first = pool.warm();
    expect(pool.warm()).toBe(first);
    expect(pool.liveWorkers()).toBe(2);
    await first;
    await pool.warm();
    expect(pool.liveWorkers()).toBe(2);
    const out = await pool.parse(req, 5000);
    expect(out).toMatchObject({ ok: false, code: 'EMPTY', message: expect.stringMatching(/^x\.txt on \d+$/) });
    expect(pool.liveWorkers()).toBe(2);
    await pool.close();
    expect(pool.liveWorkers()).toBe(0);
  });

  it('reads a file that arrives during the warm-up once the warm-up is done', async () => {
    const pool = createParsePool(1, script);
    const warming = pool.warm();
    const started = Date.now();
    const out = await pool.parse(req, 5000);
    expect(out).toMatchObject({ ok: false, code: 'EMPTY', message: expect.stringMatching(/^x\.txt on /) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await warming;
    await pool.close();
  });

  it('terminates a thread left idle, and the next file starts a fresh one', async () => {
    const pool = createParsePool(1, script, undefined, { idleMs: 200 });
    const before = threadOf(await pool.parse(req, 5000));
    expect(pool.liveWorkers()).toBe(1);
    expect(await eventually(() => pool.liveWorkers() === 0)).toBe(true);
    const after = await pool.parse(req, 5000);
    expect(after).toMatchObject({ ok: false, code: 'EMPTY' });
    expect(threadOf(after)).not.toBe(before);
    await pool.close();
  });

  it("restarts a warm thread's idle time on a warm-up instead of starting another", async () => {
    const pool = createParsePool(1, script, undefined, { idleMs: 1000 });
    await pool.warm();
    const warmThread = threadOf(await pool.parse(req, 5000));
    await sleep(600);
    await pool.warm(); // the thread is warm: nothing to start, its idle time starts again
    await sleep(600);
    expect(pool.liveWorkers()).toBe(1);
    expect(threadOf(await pool.parse(req, 5000))).toBe(warmThread);
    await pool.close();
  });

  it('never fails: a warm-up whose thread cannot start resolves, and the pool still answers', async () => {
    const pool = createParsePool(1, join(dir, 'no-such-worker.cjs'));
    await expect(pool.warm()).resolves.toBeUndefined();
    expect(pool.liveWorkers()).toBe(0);
    expect(await pool.parse(req, 5000)).toMatchObject({ ok: false, code: 'CORRUPT_FILE' });
    await pool.close();
  });

  it('does nothing in-process, where there is no thread to start', async () => {
    const pool = createParsePool(2, null);
    await pool.warm();
    expect(pool.liveWorkers()).toBe(0);
  });

  it('warms with a page that the real reader takes as a web article', async () => {
    const out = await parseFile(warmUpRequest());
    expect(out).toMatchObject({
      ok: true,
      article: { format: 'html', title: 'Port authority delays container audit after customs dispute' },
    });
    expect(out.ok && out.article.text).toContain('unclaimed on the north quay');
  });
});

// The real parser thread, as electron-vite builds it (`npx electron-vite build`, or DOSSIER_IMPORT_WORKER).
const builtWorker = process.env.DOSSIER_IMPORT_WORKER || resolve(__dirname, '../../../out/main/import-worker.js');
const fixturePage = resolve(__dirname, '../../../../shared/fixtures/readability/bbc-1/source.html');

describe.skipIf(!existsSync(builtWorker))('warming the built parser threads (needs `npx electron-vite build`)', () => {
  it('starts the threads, reads the next page, lets them go when idle, then reads again', async () => {
    // Idle long enough that the first thread warm is still alive when a loaded machine (CI runs
    // test files side by side) has warmed the second: at 300 ms it was sometimes already gone.
    const pool = createParsePool(2, builtWorker, undefined, { idleMs: 5_000 });
    expect(pool.mode).toBe('worker');
    await pool.warm();
    expect(pool.liveWorkers()).toBe(2);
    const page = existsSync(fixturePage)
      ? { ...req, fileName: 'source.html', bytes: readFileSync(fixturePage), maxBytes: 50e6 }
      : warmUpRequest();
    expect(await pool.parse(page, 60_000)).toMatchObject({ ok: true, article: { format: 'html' } });
    expect(await eventually(() => pool.liveWorkers() === 0, 30_000)).toBe(true);
    expect(await pool.parse(page, 60_000)).toMatchObject({ ok: true, article: { format: 'html' } });
    await pool.close();
  }, 120_000);
});
