import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, contentTypeFor, isAllowedRequestUrl, isAppUrl, resolveAppFile } from './app-url';

const root = resolve('/opt/dossier/out/renderer');

describe('isAllowedRequestUrl: the window is offline', () => {
  it('allows our own files, in-page data and devtools', () => {
    expect(isAllowedRequestUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedRequestUrl('app://dossier/assets/index-abc.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://dossier/1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html')).toBe(true);
  });

  it('cancels the network, the file system, other app hosts and junk', () => {
    for (const url of [
      'https://example.com/pixel.gif',
      'http://127.0.0.1:8080/api',
      'ws://localhost:1234',
      'file:///etc/passwd',
      'app://evil/index.html',
      'blob:https://example.com/abc',
      'ftp://example.com/',
      'chrome://settings',
      'not a url',
      '',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('recognises only our origin as the app', () => {
    expect(isAppUrl('app://dossier/')).toBe(true);
    expect(isAppUrl('app://dossier.evil/')).toBe(false);
    expect(isAppUrl('https://dossier/')).toBe(false);
  });
});

describe('resolveAppFile: serves only files under out/renderer', () => {
  it('maps paths under the root, with index.html for the root', () => {
    expect(resolveAppFile(root, 'app://dossier/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://dossier/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://dossier/assets/a%20b.css?v=1#x')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('never resolves outside the root, in any spelling of ..', () => {
    for (const url of [
      'app://dossier/../../etc/passwd',
      'app://dossier/%2e%2e/%2e%2e/etc/passwd',
      'app://dossier/assets/../../../x',
    ]) {
      const file = resolveAppFile(root, url);
      // The URL parser already folds plain dot segments, so these land inside the root.
      expect(file === null || file.startsWith(root + sep), url).toBe(true);
    }
  });

  it('refuses encoded separators, NUL bytes, bad escapes and other hosts', () => {
    for (const url of [
      'app://dossier/..%2F..%2Fetc%2Fpasswd',
      'app://dossier/assets/..%2F..%2F..%2Fsecret',
      'app://dossier/..%5C..%5Cwindows',
      'app://dossier/a%00.js',
      'app://dossier/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('keeps a file whose name merely starts with two dots', () => {
    expect(resolveAppFile(root, 'app://dossier/..hidden.txt')).toBe(join(root, '..hidden.txt'));
  });

  it('names content types so modules and styles load', () => {
    expect(contentTypeFor('x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('x/a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('x/a.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x/a.exe')).toBe('application/octet-stream');
  });
});
