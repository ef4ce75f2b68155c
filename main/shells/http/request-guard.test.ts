import { describe, expect, it } from 'vitest';
import { AccessGate } from './access-gate';
import { guardRequest, readCookies, sessionCookieName } from './request-guard';

function signedIn(): { gate: AccessGate; cookie: string; session: string } {
  const gate = new AccessGate('secret-code');
  const session = gate.exchange('secret-code')!;
  return { gate, session, cookie: `${sessionCookieName(4321)}=${session}` };
}

describe('guardRequest', () => {
  it('lets a same-origin request with the session cookie through', () => {
    const { gate, cookie } = signedIn();
    const config = { port: 4321, gate };
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', cookie, origin: 'http://127.0.0.1:4321' } }, config),
    ).toEqual({ allow: true });
    expect(guardRequest({ headers: { host: 'localhost:4321', cookie } }, config)).toEqual({ allow: true });
  });

  it('refuses a missing or wrong session, the access code itself, and the cookie of another port with 401', () => {
    const { gate, session } = signedIn();
    const config = { port: 4321, gate };
    expect(guardRequest({ headers: { host: '127.0.0.1:4321' } }, config)).toMatchObject({ allow: false, status: 401 });
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', cookie: `${sessionCookieName(4321)}=secret-code` } }, config),
    ).toMatchObject({ status: 401 });
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', authorization: 'Bearer secret-code' } }, config),
    ).toMatchObject({ status: 401 });
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', cookie: `${sessionCookieName(9999)}=${session}` } }, config),
    ).toMatchObject({ status: 401 });
  });

  it('accepts the request when any cookie of its name holds the session, whatever comes first', () => {
    const { gate, session } = signedIn();
    const name = sessionCookieName(4321);
    const cookie = `${name}=jammed; ${name}=%zz; other=1; ${name}=${session}`;
    expect(guardRequest({ headers: { host: '127.0.0.1:4321', cookie } }, { port: 4321, gate })).toEqual({
      allow: true,
    });
  });

  it('refuses other hosts (DNS rebinding) with 421 and foreign origins with 403', () => {
    const { gate, cookie } = signedIn();
    const config = { port: 4321, gate };
    expect(guardRequest({ headers: { host: 'evil.example:4321', cookie } }, config)).toMatchObject({ status: 421 });
    expect(guardRequest({ headers: { host: '127.0.0.1:80', cookie } }, config)).toMatchObject({ status: 421 });
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', cookie, origin: 'https://evil.example' } }, config),
    ).toMatchObject({ status: 403 });
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', cookie, 'sec-fetch-site': 'cross-site' } }, config),
    ).toMatchObject({ status: 403 });
  });
});

describe('AccessGate', () => {
  it('trades the code once, for a session that is not the code', () => {
    const gate = new AccessGate('code');
    expect(gate.exchange('wrong')).toBeUndefined();
    const session = gate.exchange('code');
    expect(session).toMatch(/^[\w-]{43}$/);
    expect(gate.exchange('code')).toBeUndefined();
    expect(gate.admits([session])).toBe(true);
    expect(gate.admits(['code'])).toBe(false);
  });
});

describe('readCookies', () => {
  it('finds every cookie of one name among several', () => {
    expect(readCookies('a=1; dossier_session_1=x%3Dy; b=2; dossier_session_1=z', 'dossier_session_1')).toEqual([
      'x=y',
      'z',
    ]);
    expect(readCookies(undefined, 'a')).toEqual([]);
  });
});
