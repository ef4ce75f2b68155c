import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCli, type CapturedRun } from '../../../test-support/capture-cli';

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
      hits: {
        id: number;
        title: string;
        score: number;
        snippet: string;
        publishedAt: string | null;
        siteName: string | null;
      }[];
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

    const next = JSON.parse(
      (await run('search', 'restrictions', '--library', library, '--json', '--limit', '3', '--offset', '3')).out[0]!,
    ) as typeof result;
    expect(next.hits.map((h) => h.id)).not.toContain(result.hits[0]!.id);
  });

  it('joins several words into one query and prints hits for people', async () => {
    const { code, out } = await run('search', 'huawei', 'sanctions', '--library', library);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/\[Huawei\]/i);
  });

  it('lists the notes that match, on an article or free-standing, in text and JSON', async () => {
    expect(
      (await run('note', 'add', '1', 'Call the ministry about the quetzal shipments.', '--library', library)).code,
    ).toBe(0);
    expect((await run('note', 'add', 'Story plan: follow the quetzal money.', '--library', library)).code).toBe(0);
    const text = await run('search', 'quetzal', '--library', library);
    expect(text.code).toBe(0);
    const printed = text.out.join('\n');
    expect(printed).not.toMatch(/No articles/);
    expect(printed).toMatch(/Notes that match \(2\)/);
    expect(printed).toMatch(/\(story note\)\n {4}Story plan: follow the \[quetzal\] money\./);
    // The article the note is on is a hit too, its snippet cut from the note.
    expect(printed).toMatch(/^1 /m);
    const json = JSON.parse((await run('search', 'quetzal', '--library', library, '--json')).out[0]!) as {
      total: number;
      noteHits: { articleId: number | null; snippet: string }[];
    };
    expect(json.total).toBe(1);
    expect(json.noteHits.map((n) => n.articleId).sort()).toEqual([1, null].sort());
    expect(json.noteHits[0]!.snippet).toContain('<mark>quetzal</mark>');
    const none = await run('search', 'zzyzxq', '--library', library);
    expect(none.out.join('\n')).toBe('No articles or notes match "zzyzxq".');
  });

  it('finds the demo articles with "accelerator(s)" for accelerat*, the whole words marked', async () => {
    const { code, out } = await run('search', 'accelerat*', '--library', library, '--json', '--limit', '50');
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!) as { total: number; hits: { title: string; snippet: string }[] };
    expect(result.total).toBeGreaterThanOrEqual(5);
    const marked = result.hits.flatMap((h) => [...h.snippet.matchAll(/<mark>(.*?)<\/mark>/gu)].map((m) => m[1]!));
    expect(marked.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['accelerator', 'accelerators']));
    for (const w of marked) expect(w).toMatch(/^acc[eé]l[eé]rat\p{L}*$/iu);
    const text = await run('search', 'accelerat*', '--library', library);
    expect(text.out.join('\n')).toMatch(/\[accelerators\]/);
  });

  it('exits 2 on a bad --limit', async () => {
    const { code, out } = await run('search', 'x', '--library', library, '--json', '--limit', 'ten');
    expect(code).toBe(2);
    expect(JSON.parse(out[0]!)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });
});
