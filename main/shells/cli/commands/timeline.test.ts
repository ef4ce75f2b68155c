import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../../test-support/open-test-core';
import { addTestArticle } from '../../../test-support/test-article';
import { captureCli, type CapturedRun } from '../../../test-support/capture-cli';

let dir: string;
let library: string;
let ids: number[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-timeline-cli-'));
  library = join(dir, 'lib.sqlite');
  const core = openTestCore(library);
  ids = [
    addTestArticle(core, {
      title: 'Washington tightens chip curbs',
      text: 'The Commerce Department widened the export rules on Tuesday.',
      siteName: 'Reuters',
      publishedAt: '2023-10-17',
      tags: ['curbs'],
    }),
    addTestArticle(core, {
      title: 'Beijing answers chip curbs',
      text: 'China said on Friday it would respond to the new curbs.',
      siteName: 'South China Morning Post',
      publishedAt: '2023-10-20',
      tags: ['curbs'],
    }),
    addTestArticle(core, { title: 'Undated memo', text: 'A memo with no date at all, about the curbs.' }),
  ];
  core.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli([...argv, '--library', library]);
}

describe('dossier timeline', () => {
  it("prints the chronology with a reporter's key date in its place, and says what is undated", async () => {
    const note = await run('note', 'add', 'Hearing in Congress on the rules', '--day', '2023-10-18');
    expect(note.code).toBe(0);
    expect(note.out[0]).toContain('a key date on 2023-10-18');
    const result = await run('timeline');
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      `2023-10-17  #${ids[0]}  Reuters  Washington tightens chip curbs`,
      '2023-10-18  key date: Hearing in Congress on the rules',
      `2023-10-20  #${ids[1]}  South China Morning Post  Beijing answers chip curbs`,
      '1 undated article not shown.',
    ]);
  });

  it('gives the JSON of a tag by tag, and draws the picture to --out', async () => {
    const json = await run('timeline', '--tag', 'curbs', '--by', 'tag', '--json');
    expect(json.code).toBe(0);
    const timeline = JSON.parse(json.out[0]!) as { groupBy: string; marks: { articleId: number }[]; lanes: unknown[] };
    expect(timeline.groupBy).toBe('tag');
    expect(timeline.marks.map((m) => m.articleId)).toEqual([ids[0], ids[1]]);
    expect(timeline.lanes).toHaveLength(1);

    const out = join(dir, 'story.svg');
    const drawn = await run('timeline', '--tag', 'curbs', '--out', out);
    expect(drawn.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<svg|^<\?xml/u);
    expect(svg).toContain('Beijing answers chip curbs');
  });

  it('refuses two scopes, an unknown grouping, a bad day and a picture format it cannot draw', async () => {
    expect((await run('timeline', '--tag', 'curbs', '--query', 'chips')).code).toBe(2);
    expect((await run('timeline', '--by', 'week')).code).toBe(2);
    expect((await run('timeline', '--out', join(dir, 'story.gif'))).code).toBe(2);
    expect((await run('note', 'add', 'Bad day', '--day', '2023-02-30')).code).toBe(2);
  });
});
