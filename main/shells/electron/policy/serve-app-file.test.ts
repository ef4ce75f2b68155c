import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppFileHandler } from './serve-app-file';

let base: string;
let root: string;
let refused: string[];
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'dossier-app-proto-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'the library password');
  refused = [];
  serve = createAppFileHandler(root, (url) => refused.push(url));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the app:// file handler', () => {
  it('serves the page and its modules with our CSP and the right types', async () => {
    const page = await serve(new Request('app://dossier/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dossier</title>');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await serve(new Request('app://dossier/assets/index.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    const escape = await serve(new Request('app://dossier/..%2Fsecret.txt'));
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('password');
    expect(refused).toContain('app://dossier/..%2Fsecret.txt');
    const folded = await serve(new Request('app://dossier/../secret.txt'));
    expect(folded.status).toBe(404);
  });

  it('answers missing files, folders and writes with errors', async () => {
    expect((await serve(new Request('app://dossier/nope.js'))).status).toBe(404);
    expect((await serve(new Request('app://dossier/assets'))).status).toBe(404);
    expect((await serve(new Request('app://dossier/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
