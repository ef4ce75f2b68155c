import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityId } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { eventLabel } from './build-timeline';

let core: TestCore;
beforeEach(() => {
  core = openTestCore(':memory:');
});
afterEach(() => core.close());

function addStory() {
  const first = addTestArticle(core, {
    title: 'Chip export rules tighten',
    text: 'NVIDIA faces new export rules.',
    siteName: 'Le Monde',
    publishedAt: '2024-03-01T08:00:00.000Z',
    tags: ['story/chips', 'exports'],
  });
  const second = addTestArticle(core, {
    title: 'Huawei answers',
    text: 'Huawei and NVIDIA compete in China.',
    siteName: 'Reuters',
    publishedAt: '2024-01-15T10:00:00.000Z',
    tags: ['story/chips'],
  });
  const third = addTestArticle(core, {
    title: 'Second Reuters piece',
    text: 'Markets moved on the news.',
    siteName: 'Reuters',
    publishedAt: '2024-02-10',
    tags: ['story/chips'],
  });
  const undated = addTestArticle(core, { title: 'Undated memo', text: 'A memo with no date.', tags: ['story/chips'] });
  const other = addTestArticle(core, { title: 'Other story', text: 'Nothing to see.', publishedAt: '2023-05-05' });
  return { first, second, third, undated, other };
}

describe('the story timeline', () => {
  it("draws a tag's dated articles oldest first, one mark each, in lanes by outlet", async () => {
    const { first, second, third } = addStory();
    const timeline = await core.api.getTimeline({ scope: { kind: 'tag', tag: 'story/chips' }, groupBy: 'outlet' });
    expect(timeline.marks.map((m) => m.articleId)).toEqual([second, third, first]);
    expect(timeline.marks.every((m) => m.laneKeys.length === 1)).toBe(true);
    expect(timeline.lanes).toEqual([
      { key: 'Reuters', label: 'Reuters', articles: 2 },
      { key: 'Le Monde', label: 'Le Monde', articles: 1 },
    ]);
    expect(timeline.undated).toBe(1);
  });

  it('groups by tag, drawing an article in each of its tags, and keeps the untagged lane last', async () => {
    const { first, other } = addStory();
    const timeline = await core.api.getTimeline({ scope: { kind: 'library' }, groupBy: 'tag' });
    expect(timeline.lanes.map((l) => [l.label, l.articles])).toEqual([
      ['story/chips', 3],
      ['exports', 1],
      [null, 1],
    ]);
    expect(timeline.marks.find((m) => m.articleId === first)?.laneKeys).toEqual(['exports', 'story/chips']);
    expect(timeline.marks[0]?.articleId).toBe(other);
  });

  it("shows the key dates: dated notes on the scope's articles, and free ones on the library's timeline", async () => {
    const { first, other } = addStory();
    await core.api.createNote({
      articleId: first,
      body: '## Senate *hearing*\nBring the memo.',
      eventDate: '2024-02-20',
    });
    await core.api.createNote({ articleId: other, body: 'Unrelated day', eventDate: '2023-01-01' });
    await core.api.createNote({ articleId: first, body: 'Undated thought' });
    await core.api.createNote({ body: 'Leak reaches the press', eventDate: '2024-01-02' });
    const tag = await core.api.getTimeline({ scope: { kind: 'tag', tag: 'story/chips' }, groupBy: 'outlet' });
    expect(tag.events.map((e) => [e.date, e.label, e.articleId])).toEqual([['2024-02-20', 'Senate hearing', first]]);
    const library = await core.api.getTimeline({ scope: { kind: 'library' }, groupBy: 'outlet' });
    expect(library.events.map((e) => e.label)).toEqual(['Unrelated day', 'Leak reaches the press', 'Senate hearing']);
  });

  it("covers an entity's articles and a search's hits", async () => {
    const { first, second } = addStory();
    const entityId = core.db.prepare("SELECT id FROM entities WHERE name = 'NVIDIA'").pluck().get() as EntityId;
    expect(entityId).toBeTypeOf('number');
    const entity = await core.api.getTimeline({ scope: { kind: 'entity', id: entityId }, groupBy: 'outlet' });
    expect(entity.marks.map((m) => m.articleId)).toEqual([second, first]);
    const search = await core.api.getTimeline({ scope: { kind: 'query', query: 'markets' }, groupBy: 'outlet' });
    expect(search.marks.map((m) => m.title)).toEqual(['Second Reuters piece']);
  });

  it('refuses a scope it does not know, and answers an empty timeline for an unknown tag', async () => {
    await expect(core.api.getTimeline({ scope: { kind: 'planet' } as never, groupBy: 'outlet' })).rejects.toMatchObject(
      { code: 'INVALID_INPUT' },
    );
    await expect(
      core.api.getTimeline({ scope: { kind: 'library' }, groupBy: 'colour' as never }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const empty = await core.api.getTimeline({ scope: { kind: 'tag', tag: 'nothing' }, groupBy: 'outlet' });
    expect(empty).toMatchObject({ marks: [], lanes: [], events: [], undated: 0 });
  });

  it('labels an event with the first line of its note, as plain text', () => {
    expect(eventLabel('\n\n# **Raid** on the office\nmore')).toBe('Raid on the office');
    expect(eventLabel('x'.repeat(200))).toHaveLength(120);
  });
});

describe('the timeline as a picture', () => {
  it('exports an SVG with a mark per article, the key dates and French dates, escaping every text', async () => {
    const { first } = addStory();
    await core.api.createNote({ articleId: first, body: 'Audition <script>', eventDate: '2024-02-20' });
    const file = await core.api.exportTimeline({
      scope: { kind: 'tag', tag: 'story/chips' },
      groupBy: 'outlet',
      format: 'svg',
      language: 'fr',
    });
    expect(file).toMatchObject({ fileName: 'timeline-story-chips.svg', mimeType: 'image/svg+xml' });
    const svg = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('Audition &lt;script&gt;');
    expect(svg).not.toContain('<script');
    expect(svg).toMatch(/févr\.|janv\.|mars/);
    expect(svg).toContain('Dates clés');
  });

  it('exports a PNG, and a range keeps only the marks inside it', async () => {
    addStory();
    const png = await core.api.exportTimeline({ scope: { kind: 'library' }, groupBy: 'outlet', format: 'png' });
    const bytes = Buffer.from(png.base64, 'base64');
    expect(png.mimeType).toBe('image/png');
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1920);
    const ranged = await core.api.exportTimeline({
      scope: { kind: 'library' },
      groupBy: 'outlet',
      format: 'svg',
      range: { start: '2024-01-01T00:00:00Z', end: '2024-02-28T00:00:00Z' },
    });
    expect(
      Buffer.from(ranged.base64, 'base64')
        .toString('utf8')
        .match(/<circle /g),
    ).toHaveLength(2);
  });
});
