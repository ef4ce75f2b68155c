import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../../test-support/open-test-core';
import { addTestArticle } from '../../../test-support/test-article';
import { captureCli, type CapturedRun } from '../../../test-support/capture-cli';
import { DEMO_ARTICLES } from '../../../core/demo/demo-articles';

let dir: string;
let library: string;
let ids: number[];

const story = DEMO_ARTICLES.find((d) => d.title.startsWith('Washington requires licences for the H20'))!;
const other = DEMO_ARTICLES.find((d) => d.title.startsWith("NVIDIA's H20: a third attempt"))!;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-families-cli-'));
  library = join(dir, 'lib.sqlite');
  const core = openTestCore(library);
  ids = [
    addTestArticle(core, { title: story.title, text: story.paragraphs.join('\n\n'), publishedAt: '2025-04-16' }),
    addTestArticle(core, {
      title: 'Nvidia hit by licence rule',
      text: [...story.paragraphs.slice(0, -1), 'Reporting by the wire.'].join('\n\n'),
      publishedAt: '2025-04-17',
    }),
    addTestArticle(core, { title: other.title, text: other.paragraphs.join('\n\n'), publishedAt: '2025-04-18' }),
  ];
  await core.parts.familiesBackfilled;
  core.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli([...argv, '--library', library]);
}

describe('dossier families, show and diff', () => {
  it('prints {"families":[{"id","originId","articleIds"}]} and the family in show --json', async () => {
    const families = await run('families', '--json');
    expect(families.code).toBe(0);
    expect(JSON.parse(families.out[0]!)).toEqual({
      families: [{ id: expect.any(Number), originId: ids[0], articleIds: [ids[0], ids[1]] }],
    });
    const shown = JSON.parse((await run('show', String(ids[1]), '--json')).out[0]!) as Record<string, unknown>;
    expect(shown.family).toEqual({ id: expect.any(Number), originId: ids[0], size: 2 });
    const alone = JSON.parse((await run('show', String(ids[2]), '--json')).out[0]!) as Record<string, unknown>;
    expect(alone.family).toBeNull();
    const plain = await run('families');
    expect(plain.out.join('\n')).toMatch(/original #\d+ {2}2025-04-16/);
  });

  it('prints a word-level diff: the changed headline, the cut paragraph and the credit line', async () => {
    const diff = await run('diff', String(ids[0]), String(ids[1]));
    expect(diff.code).toBe(0);
    const text = diff.out.join('\n');
    expect(text).toContain(`Headline: [-${story.title}-] {+Nvidia hit by licence rule+}`);
    expect(text).toContain('[-Jensen Huang');
    expect(text).toContain('{+Reporting by+}');
    const missing = await run('diff', String(ids[0]), '999');
    expect(missing.code).not.toBe(0);
  });
});
