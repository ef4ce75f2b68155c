import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_NAMES, type DossierApi } from '../../../preload/api';
import { CONTENT_SECURITY_POLICY, dispatch, type CoreEventSource, type Logger } from '../../core';
import { BROWSER_MAX_REQUEST_BYTES, BROWSER_UPLOAD_MAX_FILE_BYTES } from '../../../preload/contract/browser-upload';
import { AccessGate } from './access-gate';
import { readBody } from './read-body';
import { checkOrigin, guardRequest, hasSession, sessionCookieName } from './request-guard';
import { readStaticFile } from './static-files';

export interface HttpTransportOptions {
  api: DossierApi;
  events: CoreEventSource;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or undefined: a free port. */
  port?: number;
  /** Fixed one-time access code for tests; a random 32-byte code otherwise. */
  token?: string;
  /** Largest request body accepted (uploads arrive as base64 JSON). */
  maxBodyBytes?: number;
  /** Time a client has to send its request headers (slow-header sockets are closed after it). */
  headersTimeoutMs?: number;
  log?: Logger;
}

export interface HttpTransport {
  url: string;
  port: number;
  /** The one-time access code in `url`. */
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

/** Headers come in one packet from a browser; a client still sending them after this is stalling. */
const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** The largest upload crosses loopback in well under a second; this only bounds stalled bodies. */
const REQUEST_TIMEOUT_MS = 120_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

const TOO_LARGE_MESSAGE =
  `This upload is too large for browser mode (at most ${BROWSER_UPLOAD_MAX_FILE_BYTES / 1024 / 1024} MB per file). ` +
  'Import big files from their folder with "dossier import PATH" or the desktop app.';
const CODE_SPENT_MESSAGE =
  'This address has been used already: it lets one browser in, once. To open Dossier in another browser or ' +
  'profile, stop "dossier serve" (Ctrl+C) and start it again for a new address.';

/**
 * Browser mode: the same API as the desktop app's IPC, over HTTP on 127.0.0.1 only.
 * `POST /api/invoke` takes `{method, args}` and answers an ApiResult; `GET /api/events` streams
 * core events as server-sent events; everything else serves the built renderer.
 */
export function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const gate = new AccessGate(options.token);
  const token = gate.accessCode;
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = EVENT_NAMES.map((name) =>
    options.events.on(name, (payload) => {
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of sseClients) client.write(frame);
    }),
  );

  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const server: Server = createServer(
    {
      headersTimeout,
      requestTimeout: Math.max(REQUEST_TIMEOUT_MS, headersTimeout),
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      // How often Node looks for sockets past those timeouts (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    },
    (req, res) => {
      handle(req, res).catch((err: unknown) => {
        (options.log ?? console.error)('HTTP request failed', err);
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
        else res.end();
      });
    },
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const code = url.pathname === '/' ? (url.searchParams.get('token') ?? undefined) : undefined;
    if (code !== undefined) return exchangeCode(req, res, code);
    const verdict = guardRequest(req, { port, gate });
    if (!verdict.allow) return send(res, verdict.status, 'text/plain; charset=utf-8', verdict.reason);
    if (url.pathname === '/api/invoke') return handleInvoke(req, res);
    if (url.pathname === '/api/events') return handleEvents(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    send(res, 200, file.contentType, req.method === 'HEAD' ? '' : file.body);
  }

  /**
   * The printed address: its code is traded once for a session cookie, and the address bar is
   * cleared of it. Reopening the address in a browser that already holds the session just shows
   * the app; anywhere else a spent code is refused.
   */
  function exchangeCode(req: IncomingMessage, res: ServerResponse, code: string): void {
    const origin = checkOrigin(req, port);
    if (!origin.allow) return send(res, origin.status, 'text/plain; charset=utf-8', origin.reason);
    if (hasSession(req, { port, gate })) {
      res.writeHead(303, { ...SECURITY_HEADERS, Location: '/' });
      return void res.end();
    }
    const session = gate.exchange(code);
    if (session === undefined) {
      const reason = gate.spent
        ? CODE_SPENT_MESSAGE
        : 'This access code is not valid. Open the address printed by "dossier serve".';
      return send(res, 401, 'text/plain; charset=utf-8', reason);
    }
    res.writeHead(303, {
      ...SECURITY_HEADERS,
      Location: '/',
      'Set-Cookie': `${sessionCookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`,
    });
    res.end();
  }

  async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON');
    }
    const read = await readBody(req, options.maxBodyBytes ?? BROWSER_MAX_REQUEST_BYTES);
    if (!read.ok) {
      if (read.reason === 'aborted') return void res.destroy();
      // Answer at once and keep the connection: what the client still sends is read and dropped
      // (memory stays flat), and it hangs up once it has read the 413, or the body ends and the
      // connection idles out. Closing it early resets a client still uploading, and a reset
      // discards the 413 from its receive buffer if it has not read it yet (a busy client lost it
      // after a one-second grace). A client that never stops is cut off after 30 seconds.
      req.resume();
      setTimeout(() => req.socket.destroy(), 30_000).unref();
      return sendJson(res, 413, { ok: false, error: { code: 'FILE_TOO_LARGE', message: TOO_LARGE_MESSAGE } });
    }
    let message: unknown;
    try {
      message = JSON.parse(read.body.toString('utf8'));
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
