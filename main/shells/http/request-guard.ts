import type { IncomingMessage } from 'node:http';
import type { AccessGate } from './access-gate';

/**
 * The browser-mode server's gate, kept free of I/O so it can be tested alone. It answers
 * loopback only: the Host must name the loopback address and our port (DNS rebinding
 * defence), a cross-site Origin is refused, and every request carries a live session (the
 * cookie, or a Bearer header for scripts).
 */
export interface GuardConfig {
  port: number;
  gate: AccessGate;
}

export type GuardVerdict = { allow: true } | { allow: false; status: 401 | 403 | 421; reason: string };

/**
 * Cookies are not kept apart by port: a page on any other 127.0.0.1 port can add cookies of
 * this name (with a longer Path they even come first in the header). So the name only keeps
 * two Dossier servers apart, and the gate accepts a request when ANY cookie of this name holds
 * a live session: added cookies cannot shadow ours. Ours is HttpOnly, which a script on
 * another port can neither read nor overwrite.
 */
export function sessionCookieName(port: number): string {
  return `dossier_session_${port}`;
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function checkHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Every value of the cookie `name` in a Cookie header, in header order (malformed ones skipped). */
export function readCookies(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      values.push(decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // a value that is not valid percent-encoding cannot be one of ours
    }
  }
  return values;
}

export function readBearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/** Host and Origin checks only: what every request must pass, the code exchange included. */
export function checkOrigin(req: Pick<IncomingMessage, 'headers'>, port: number): GuardVerdict {
  if (!checkHost(req.headers.host, port)) {
    return { allow: false, status: 421, reason: 'This server answers only on 127.0.0.1 and localhost.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin)) {
    return { allow: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return { allow: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  return { allow: true };
}

/** True when the request carries a live session, in any cookie of our name or as a Bearer token. */
export function hasSession(req: Pick<IncomingMessage, 'headers'>, config: GuardConfig): boolean {
  const presented = [
    ...readCookies(req.headers.cookie, sessionCookieName(config.port)),
    readBearer(req.headers.authorization),
  ];
  return config.gate.admits(presented);
}

/** Decides whether a request may proceed. */
export function guardRequest(req: Pick<IncomingMessage, 'headers'>, config: GuardConfig): GuardVerdict {
  const origin = checkOrigin(req, config.port);
  if (!origin.allow) return origin;
  if (!hasSession(req, config)) {
    return {
      allow: false,
      status: 401,
      reason: 'Open Dossier with the address printed by "dossier serve" (it carries the access code).',
    };
  }
  return { allow: true };
}
