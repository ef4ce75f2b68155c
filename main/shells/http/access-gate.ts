import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may use the browser-mode server. `dossier serve` prints an address carrying a one-time
 * access code; the first browser to open it trades the code for a session (an HttpOnly cookie
 * holding a fresh random secret), and the code is then spent: a copy of the address in shell
 * history, a screenshot or another browser profile lets nobody in. Scripts may present the
 * session secret as a Bearer token.
 */
export class AccessGate {
  private codeSpent = false;
  private readonly sessions: string[] = [];

  constructor(readonly accessCode: string = randomBytes(32).toString('base64url')) {}

  /** Trades the printed code for a new session secret, once; undefined when the code is wrong or spent. */
  exchange(code: string): string | undefined {
    if (this.codeSpent || !secretsMatch(code, this.accessCode)) return undefined;
    this.codeSpent = true;
    const session = randomBytes(32).toString('base64url');
    this.sessions.push(session);
    return session;
  }

  /** True when the code has been traded already. */
  get spent(): boolean {
    return this.codeSpent;
  }

  /** True when any of the presented values is a live session secret. */
  admits(presented: readonly (string | undefined)[]): boolean {
    return presented.some((value) => this.sessions.some((session) => secretsMatch(value, session)));
  }
}

function secretsMatch(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
