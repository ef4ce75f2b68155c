import { describe, expect, it } from 'vitest';
import { guardRequest, readCookie, tokenCookieName } from './request-guard';

const config = { port: 4321, token: 'secret-token' };
const cookie = `${tokenCookieName(4321)}=secret-token`;

describe('guardRequest', () => {
  it('lets a same-origin request with the cookie through', () => {
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', cookie, origin: 'http://127.0.0.1:4321' } }, config),
    ).toEqual({ allow: true });
    expect(guardRequest({ headers: { host: 'localhost:4321', cookie } }, config)).toEqual({ allow: true });
  });

  it('refuses a missing or wrong token with 401', () => {
    expect(guardRequest({ headers: { host: '127.0.0.1:4321' } }, config)).toMatchObject({ allow: false, status: 401 });
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', cookie: `${tokenCookieName(4321)}=secret-tokem` } }, config),
    ).toMatchObject({ status: 401 });
    expect(
      guardRequest({ headers: { host: '127.0.0.1:4321', cookie: `${tokenCookieName(9999)}=secret-token` } }, config),
    ).toMatchObject({ status: 401 });
  });

  it('accepts the token once in the first page address', () => {
    expect(guardRequest({ headers: { host: '127.0.0.1:4321' } }, config, 'secret-token')).toEqual({ allow: true });
  });

  it('refuses other hosts (DNS rebinding) with 421 and foreign origins with 403', () => {
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

describe('readCookie', () => {
  it('finds one cookie among several', () => {
    expect(readCookie('a=1; dossier_token_1=x%3Dy; b=2', 'dossier_token_1')).toBe('x=y');
    expect(readCookie(undefined, 'a')).toBeUndefined();
  });
});
