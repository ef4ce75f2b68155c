import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { startHttpTransport, type HttpTransport } from './http-transport';

let dir: string;
let core: TestCore;
let transport: HttpTransport;
let cookie: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-http-limits-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Dossier</title>');
  core = openTestCore(':memory:');
  transport = await startHttpTransport({
    api: core.api,
    events: core.context.events,
    rendererDir: dir,
    token: 'tok',
    headersTimeoutMs: 400,
  });
  cookie = await new Promise<string>((resolve, reject) => {
    request({ port: transport.port, path: '/?token=tok', headers: { Host: `127.0.0.1:${transport.port}` } }, (res) =>
      resolve(String(res.headers['set-cookie']).split(';')[0]!),
    )
      .on('error', reject)
      .end();
  });
});
afterEach(async () => {
  await transport.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Posts to /api/invoke, writing `chunks` of 1 MB of JSON-looking bytes until the server answers
 * (or all are sent); resolves to the answer and how many bytes went out before it came.
 */
function upload(
  headers: Record<string, string>,
  chunks: number,
): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(
      {
        port: transport.port,
        path: '/api/invoke',
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${transport.port}`,
          Cookie: cookie,
          'Content-Type': 'application/json',
          ...headers,
        },
      },
      (res) => {
        answered = true;
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
      },
    );
    req.on('error', (err) => (answered ? undefined : reject(err)));
    const chunk = Buffer.alloc(1024 * 1024, 'A');
    const writeMore = (): void => {
      while (!answered && sent < chunks * chunk.length) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', writeMore);
      }
      if (!answered) req.end();
    };
    writeMore();
  });
}

describe('the browser-mode server under oversized and slow requests', () => {
  it('refuses a body whose Content-Length is over the cap with 413 before reading it', async () => {
    const answer = await upload({ 'Content-Length': String(300 * 1024 * 1024) }, 1);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: expect.stringMatching(/too large for browser mode.*dossier import/) },
    });
  }, 10_000);

  it('keeps the 413 for a client that goes on uploading and reads its answer only later', async () => {
    const socket = connect(transport.port, '127.0.0.1');
    let answer = '';
    let error = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', (e) => (error = e.message));
    socket.pause(); // a busy client: it writes, and reads nothing for a while
    socket.write(
      `POST /api/invoke HTTP/1.1\r\nHost: 127.0.0.1:${transport.port}\r\nCookie: ${cookie}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${300 * 1024 * 1024}\r\n\r\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const until = Date.now() + 2500;
    let sent = 0;
    while (Date.now() < until && !socket.destroyed && sent < 300 * 1024 * 1024) {
      sent += chunk.length;
      if (!socket.write(chunk)) await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())));
    socket.resume();
    await new Promise((r) => setTimeout(r, 500));
    socket.destroy();
    expect(answer.slice(0, 40), error).toMatch(/^HTTP\/1\.1 413/);
  }, 15_000);

  it('refuses a streamed body as soon as it grows past the cap, long before 300 MB', async () => {
    const answer = await upload({ 'Transfer-Encoding': 'chunked' }, 300);
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(150 * 1024 * 1024);
  }, 30_000);

  it('closes a socket that sends its headers too slowly', async () => {
    const socket = connect(transport.port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.resume();
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${transport.port}\r\n`);
    const closed = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 5_000);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    socket.destroy();
    expect(closed).toBe(true);
  }, 10_000);
});
