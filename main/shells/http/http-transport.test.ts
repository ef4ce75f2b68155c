import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { startHttpTransport, type HttpTransport } from './http-transport';

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

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: transport.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${transport.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return send(path, { headers });
}

function invoke(headers: Record<string, string>): Promise<Answer> {
  const body = JSON.stringify({ method: 'getStats', args: {} });
  return send('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

/** Opens the printed address as a browser would; returns the cookie it was given as name and value. */
async function signIn(): Promise<{ name: string; value: string; header: string }> {
  const res = await get('/?token=tok');
  expect(res.status).toBe(303);
  const setCookie = String(res.headers['set-cookie']);
  const [pair] = setCookie.split(';');
  const eq = pair!.indexOf('=');
  return { name: pair!.slice(0, eq), value: pair!.slice(eq + 1), header: pair! };
}

describe('the browser-mode HTTP transport', () => {
  it('listens on 127.0.0.1 and prints an address with the access code', () => {
    expect(transport.url).toBe(`http://127.0.0.1:${transport.port}/?token=tok`);
  });

  it('trades the address code for an HttpOnly SameSite cookie and redirects to /', async () => {
    const res = await get('/?token=tok');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('serves the renderer with a strict CSP once the cookie is present, and nothing outside it', async () => {
    const { header: cookie } = await signIn();
    const page = await get('/', { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect((await get('/app.js', { Cookie: cookie })).headers['content-type']).toMatch(/javascript/);
    expect((await get('/../package.json', { Cookie: cookie })).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd', { Cookie: cookie })).status).toBe(404);
  });

  it('lets the printed address in once: a fresh profile opening it again is refused, the code is no key', async () => {
    const session = await signIn();
    expect(session.value).not.toBe('tok');

    const again = await get('/?token=tok');
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toMatch(/used already.*start it again/s);
    expect((await invoke({ Authorization: 'Bearer tok' })).status).toBe(401);
    expect((await invoke({ Cookie: `${session.name}=tok` })).status).toBe(401);

    // The browser that holds the session may reopen the address: it is shown the app.
    const reopened = await get('/?token=tok', { Cookie: session.header });
    expect(reopened.status).toBe(303);
    expect(reopened.headers.location).toBe('/');
    expect((await invoke({ Cookie: session.header })).status).toBe(200);
  });

  it('is not jammed by cookies of the same name that a page on another port adds', async () => {
    const session = await signIn();
    // A cookie set with Path=/api by another 127.0.0.1 port comes first in the header.
    const jammed = `${session.name}=junk; ${session.name}=%zz; ${session.header}`;
    const answer = await invoke({ Cookie: jammed });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
    expect((await get('/', { Cookie: jammed })).status).toBe(200);
  });

  it('streams core events as server-sent events', async () => {
    const { value: session } = await signIn();
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: transport.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${transport.port}`, Authorization: `Bearer ${session}` },
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
