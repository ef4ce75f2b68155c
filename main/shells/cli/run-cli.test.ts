import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../db/open';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrate';
import { COMMANDS } from './commands';
import { captureCli, type CapturedRun } from '../../test-support/capture-cli';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  library = join(dir, 'lib.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli(argv);
}

describe('dossier CLI', () => {
  it('creates the demo library and lists and shows its articles as JSON', async () => {
    const init = await run('init', '--demo', '--library', library, '--json');
    expect(init.code).toBe(0);
    const created = JSON.parse(init.out[0]!) as { library: string; articles: number };
    expect(created.articles).toBeGreaterThanOrEqual(24);

    const list = await run('list', '--library', library, '--json', '--limit', '100');
    const page = JSON.parse(list.out[0]!) as { total: number; articles: { id: number; publishedAt: string }[] };
    expect(page.total).toBe(created.articles);
    expect(page.articles).toHaveLength(created.articles);
    const dates = page.articles.map((a) => a.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);

    const show = await run('show', String(page.articles[0]!.id), '--library', library, '--json');
    expect(show.code).toBe(0);
    const article = JSON.parse(show.out[0]!) as Record<string, unknown>;
    expect(Object.keys(article).sort()).toEqual(
      [
        'id',
        'title',
        'byline',
        'siteName',
        'publishedAt',
        'publishedAtSource',
        'language',
        'url',
        'canonicalUrl',
        'excerpt',
        'editedFields',
        'extracted',
        'text',
        'wordCount',
        'format',
        'source',
        'tags',
        'entities',
        'notes',
        'quotes',
        // Issue 16: the article's family of near copies, null when it has none.
        'family',
      ].sort(),
    );
    expect(article.source).toMatchObject({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      bytes: expect.any(Number),
    });

    const again = await run('init', '--demo', '--library', library, '--json');
    expect(JSON.parse(again.out[0]!)).toMatchObject({ articles: created.articles });
  });

  it('prints stats in the CLI.md shape', async () => {
    const { code, out } = await run('stats', '--library', library, '--json');
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out[0]!) as object).sort()).toEqual([
      'articles',
      'bytes',
      'entities',
      'notes',
      'quotes',
      'tags',
    ]);
  });

  it('answers a missing article with exit 1 and a JSON error', async () => {
    const { code, out } = await run('show', '999', '--library', library, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out[0]!)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('exits 2 on bad usage with a one-line hint', async () => {
    expect((await run('list', '--bogus')).code).toBe(2);
    expect((await run('show')).code).toBe(2);
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/unknown command/);
  });

  it('exits 3 with DB_NEWER_THAN_APP on a library from a newer Dossier, leaving it byte-identical', async () => {
    const db = openLibrary(library);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = readFileSync(library);
    const { code, out } = await run('list', '--library', library, '--json');
    expect(code).toBe(3);
    expect(JSON.parse(out[0]!)).toMatchObject({ error: { code: 'DB_NEWER_THAN_APP' } });
    expect(readFileSync(library).equals(before)).toBe(true);
  });

  it('has --help for every command', async () => {
    for (const command of COMMANDS) {
      const { code, out } = await run(command.name, '--help');
      expect(code, command.name).toBe(0);
      expect(out.join('\n')).toContain(`Usage: dossier ${command.name}`);
    }
    expect((await run('--help')).out.join('\n')).toContain('Commands:');
  });
});
