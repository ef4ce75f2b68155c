import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCli, type CapturedRun } from '../capture-cli';

let dir: string;
let library: string;

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli(argv);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-search-'));
  library = join(dir, 'lib.sqlite');
  expect((await run('init', '--demo', '--library', library, '--json')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dossier search', () => {
  it('prints the CLI.md JSON shape with highlighted snippets and facets', async () => {
    const { code, out } = await run('search', 'restrictions', '--library', library, '--json', '--limit', '3');
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!) as {
      total: number;
      tookMs: number;
      hits: { id: number; title: string; score: number; snippet: string; publishedAt: string | null; siteName: string | null }[];
      facets: Record<string, { value: string; count: number }[]>;
    };
    expect(result.total).toBeGreaterThan(3);
    expect(result.hits).toHaveLength(3);
    expect(typeof result.tookMs).toBe('number');
    for (const h of result.hits) {
      expect(Object.keys(h).sort()).toEqual(['id', 'publishedAt', 'score', 'siteName', 'snippet', 'title']);
      expect(h.snippet).toMatch(/<mark>restrict/i);
    }
    expect(Object.keys(result.facets).sort()).toEqual(['entities', 'languages', 'sites', 'tags', 'years']);
    expect(result.facets.languages!.map((f) => f.value)).toEqual(expect.arrayContaining(['en', 'fr']));

    const next = JSON.parse((await run('search', 'restrictions', '--library', library, '--json', '--limit', '3', '--offset', '3')).out[0]!) as typeof result;
    expect(next.hits.map((h) => h.id)).not.toContain(result.hits[0]!.id);
  });

  it('joins several words into one query and prints hits for people', async () => {
    const { code, out } = await run('search', 'huawei', 'sanctions', '--library', library);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/\[Huawei\]/i);
  });

  it('exits 2 on a bad --limit', async () => {
    const { code, out } = await run('search', 'x', '--library', library, '--json', '--limit', 'ten');
    expect(code).toBe(2);
    expect(JSON.parse(out[0]!)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });
});
