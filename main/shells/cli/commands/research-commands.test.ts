import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../../test-support/open-test-core';
import { addTestArticle } from '../../../test-support/test-article';
import { captureCli, type CapturedRun } from '../../../test-support/capture-cli';

let dir: string;
let library: string;
let articleId: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-research-cli-'));
  library = join(dir, 'lib.sqlite');
  const core = openTestCore(library);
  articleId = addTestArticle(core, {
    title: 'Beijing answers chip curbs',
    text: 'China said on Friday it would "firmly respond" to the new curbs.\n\nThe ministry gave no details.',
    siteName: 'South China Morning Post',
    byline: 'Jane Doe',
    publishedAt: '2025-03-07',
  });
  core.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli([...argv, '--library', library]);
}

describe('dossier tag', () => {
  it('adds and removes tags and prints {"id","tags"}', async () => {
    const added = await run('tag', String(articleId), 'story/china', 'reaction', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out[0]!)).toEqual({ id: articleId, tags: ['reaction', 'story/china'] });
    const removed = await run('tag', String(articleId), 'reaction', '--remove', '--json');
    expect(JSON.parse(removed.out[0]!)).toEqual({ id: articleId, tags: ['story/china'] });
    const list = await run('list', '--tag', 'story/china', '--json');
    expect(JSON.parse(list.out[0]!)).toMatchObject({ total: 1 });
  });

  it('rejects an empty tag name as bad usage and an unknown article as a failure', async () => {
    expect((await run('tag', String(articleId), ' / ', '--json')).code).toBe(2);
    const missing = await run('tag', '999', 'x', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out[0]!)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('dossier note', () => {
  it('adds notes to an article and free notes, and lists them as JSON', async () => {
    const added = await run('note', 'add', String(articleId), 'Ask the ministry for the list.', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out[0]!)).toMatchObject({ articleId, body: 'Ask the ministry for the list.' });
    await run('note', 'add', 'Story outline', '--json');

    const forArticle = JSON.parse((await run('note', 'list', String(articleId), '--json')).out[0]!) as {
      body: string;
    }[];
    expect(forArticle.map((n) => n.body)).toEqual(['Ask the ministry for the list.']);
    const all = JSON.parse((await run('note', 'list', '--json')).out[0]!) as { articleId: number | null }[];
    expect(all.map((n) => n.articleId).sort()).toEqual([articleId, null].sort());
  });
});

describe('dossier quote', () => {
  it('adds a quote with its citation and lists it', async () => {
    const added = await run('quote', 'add', String(articleId), '--text', 'it would "firmly respond"', '--json');
    expect(added.code).toBe(0);
    const quote = JSON.parse(added.out[0]!) as { exact: string; citation: Record<string, unknown> };
    expect(quote.exact).toBe('it would "firmly respond"');
    expect(quote.citation).toMatchObject({
      outlet: 'South China Morning Post',
      author: 'Jane Doe',
      publishedAt: '2025-03-07',
    });

    const listed = JSON.parse((await run('quote', 'list', '--json')).out[0]!) as { exact: string }[];
    expect(listed.map((q) => q.exact)).toEqual(['it would "firmly respond"']);
    const human = await run('quote', 'list');
    expect(human.out.join('\n')).toContain('“it would "firmly respond"” — Jane Doe');
  });

  it('answers the same quote id when the same passage is added twice', async () => {
    const first = await run('quote', 'add', String(articleId), '--text', 'it would "firmly respond"', '--json');
    const second = await run('quote', 'add', String(articleId), '--text', 'it would "firmly respond"', '--json');
    expect(second.code).toBe(0);
    const [a, b] = [first, second].map((r) => JSON.parse(r.out[0]!) as { id: number; alreadyQuoted: boolean });
    expect(b).toMatchObject({ id: a!.id, alreadyQuoted: true });
    expect(a!.alreadyQuoted).toBe(false);
    expect(JSON.parse((await run('quote', 'list', '--json')).out[0]!)).toHaveLength(1);
    const human = await run('quote', 'add', String(articleId), '--text', 'it would "firmly respond"');
    expect(human.out[0]).toMatch(new RegExp(`^Already quoted: quote ${a!.id}\\.\\n“it would "firmly respond"”`));
  });

  it('exits 1 with a clear error when the passage is not in the article', async () => {
    const { code, out } = await run('quote', 'add', String(articleId), '--text', 'China will retaliate', '--json');
    expect(code).toBe(1);
    const { error } = JSON.parse(out[0]!) as { error: { code: string; message: string } };
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('is not in article');
    expect(JSON.parse((await run('quote', 'list', '--json')).out[0]!)).toEqual([]);
  });
});
