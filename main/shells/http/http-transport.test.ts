import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { startHttpTransport, type HttpTransport } from './http-transport';
import { tokenCookieName } from './request-guard';

let dir: string;
let core: TestCore;
let transport: HttpTransport;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-http-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  core = openTestCore(':memory:');
  transport = await startHttpTransport({ api: core.api, events: core.context.events, rendererDir: dir, token: 'tok' });
});
afterEach(async () => {
  await transport.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: transport.port, path, headers: { Host: `127.0.0.1:${transport.port}`, ...headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the browser-mode HTTP transport', () => {
  it('listens on 127.0.0.1 and prints a tokenised address', () => {
    expect(transport.url).toBe(`http://127.0.0.1:${transport.port}/?token=tok`);
  });

  it('trades the address token for an HttpOnly SameSite cookie and redirects to /', async () => {
    const res = await get('/?token=tok');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('serves the renderer with a strict CSP once the cookie is present, and nothing outside it', async () => {
    const cookie = `${tokenCookieName(transport.port)}=tok`;
    const page = await get('/', { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect((await get('/app.js', { Cookie: cookie })).headers['content-type']).toMatch(/javascript/);
    expect((await get('/../package.json', { Cookie: cookie })).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd', { Cookie: cookie })).status).toBe(404);
  });

  it('streams core events as server-sent events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: transport.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${transport.port}`, Authorization: 'Bearer tok' },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
            if (text.includes(': connected')) core.context.events.emit('library:changed', { reason: 'import' });
            if (text.includes('library:changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', (err) => (err.message.includes('aborted') ? undefined : reject(err)));
      req.end();
    });
    expect(received).toContain('event: library:changed\ndata: {"reason":"import"}');
  });
});
