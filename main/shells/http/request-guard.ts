import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The browser-mode server's gate, kept free of I/O so it can be tested alone. It answers
 * loopback only: the Host must name the loopback address and our port (DNS rebinding
 * defence), a cross-site Origin is refused, and every request carries the session token
 * (cookie, or a Bearer header for scripts).
 */
export interface GuardConfig {
  port: number;
  token: string;
}

export type GuardVerdict = { allow: true } | { allow: false; status: 401 | 403 | 421; reason: string };

export function tokenCookieName(port: number): string {
  return `dossier_token_${port}`;
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function checkHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function tokensMatch(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function readBearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** Decides whether a request may proceed; `tokenInQuery` is the ?token= of the first page load. */
export function guardRequest(
  req: Pick<IncomingMessage, 'headers'>,
  config: GuardConfig,
  tokenInQuery?: string,
): GuardVerdict {
  if (!checkHost(req.headers.host, config.port)) {
    return { allow: false, status: 421, reason: 'This server answers only on 127.0.0.1 and localhost.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(config.port).includes(origin)) {
    return { allow: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return { allow: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  const cookie = readCookie(req.headers.cookie, tokenCookieName(config.port));
  const presented = [cookie, readBearer(req.headers.authorization), tokenInQuery];
  if (!presented.some((t) => tokensMatch(t, config.token))) {
    return {
      allow: false,
      status: 401,
      reason: 'Open Dossier with the address printed by "dossier serve" (it carries the access token).',
    };
  }
  return { allow: true };
}
