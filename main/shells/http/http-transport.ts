import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_NAMES, type DossierApi } from '../../../preload/api';
import type { CoreEventSource } from '../../core';
import { CONTENT_SECURITY_POLICY } from '../../core';
import { dispatch, type Logger } from '../../core';
import { guardRequest, tokenCookieName } from './request-guard';
import { readStaticFile } from './static-files';

export interface HttpTransportOptions {
  api: DossierApi;
  events: CoreEventSource;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or undefined: a free port. */
  port?: number;
  /** Fixed token for tests; a random 32-byte token otherwise. */
  token?: string;
  /** Largest request body accepted (uploads arrive as base64 JSON). */
  maxBodyBytes?: number;
  log?: Logger;
}

export interface HttpTransport {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

const DEFAULT_MAX_BODY = 300 * 1024 * 1024;

/**
 * Browser mode: the same API as the desktop app's IPC, over HTTP on 127.0.0.1 only.
 * `POST /api/invoke` takes `{method, args}` and answers an ApiResult; `GET /api/events` streams
 * core events as server-sent events; everything else serves the built renderer.
 */
export function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = EVENT_NAMES.map((name) =>
    options.events.on(name, (payload) => {
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of sseClients) client.write(frame);
    }),
  );

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      (options.log ?? console.error)('HTTP request failed', err);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const queryToken = url.pathname === '/' ? (url.searchParams.get('token') ?? undefined) : undefined;
    const verdict = guardRequest(req, { port, token }, queryToken);
    if (!verdict.allow) return send(res, verdict.status, 'text/plain; charset=utf-8', verdict.reason);

    if (queryToken !== undefined) {
      // Trade the token in the address for an HttpOnly cookie, and take it out of the address bar.
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        Location: '/',
        'Set-Cookie': `${tokenCookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return void res.end();
    }
    if (url.pathname === '/api/invoke') return handleInvoke(req, res);
    if (url.pathname === '/api/events') return handleEvents(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    send(res, 200, file.contentType, req.method === 'HEAD' ? '' : file.body);
  }

  async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON');
    }
    const body = await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY);
    if (body === undefined)
      return sendJson(res, 413, { ok: false, error: { code: 'FILE_TOO_LARGE', message: 'The request is too large.' } });
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'The request is not valid JSON.' },
      });
    }
    const { method, args } = (message ?? {}) as { method?: unknown; args?: unknown };
    sendJson(res, 200, await dispatch(options.api, method, args, options.log));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Use GET');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    sseClients.add(res);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      sseClients.delete(res);
    });
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe.forEach((off) => off());
            for (const client of sseClients) client.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
