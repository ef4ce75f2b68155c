import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { DEMO_ARTICLES } from '../demo/demo-articles';

function demo(titleStart: string): { title: string; paragraphs: string[] } {
  const a = DEMO_ARTICLES.find((d) => d.title.startsWith(titleStart));
  if (!a) throw new Error(`no demo article "${titleStart}"`);
  return a;
}

const H20 = demo('Washington requires licences for the H20');
const A800 = demo("Meet the A800: NVIDIA's China-only chip");
const LOCAL = 'Harbour Daily asked chip distributors on Quay Street, who said no shipment had been held yet.';

let core: TestCore;
beforeEach(() => {
  core = openTestCore(':memory:');
});
afterEach(() => core.close());

/** A wire story, two outlets' copies of it (one trimmed with a local paragraph), and an unrelated story. */
function addWireStory(tags: { wire?: string[]; trimmed?: string[]; padded?: string[] } = {}) {
  const p = H20.paragraphs;
  const wire = addTestArticle(core, {
    title: H20.title,
    text: p.join('\n\n'),
    siteName: 'Pacific Trade Wire',
    publishedAt: '2025-04-16',
    tags: tags.wire ?? [],
  });
  const trimmed = addTestArticle(core, {
    title: 'Nvidia hit by new licence rule for its China chip',
    text: ['(Pacific Trade Wire) -', ...p.slice(0, -1), LOCAL].join('\n\n'),
    siteName: 'Harbour Daily',
    publishedAt: '2025-04-17',
    tags: tags.trimmed ?? [],
  });
  const padded = addTestArticle(core, {
    title: 'US tightens grip on AI chips bound for China',
    text: [...p, 'Reporting by the wire; editing by our desk.'].join('\n\n'),
    siteName: 'Valley Ledger',
    publishedAt: '2025-04-18',
    tags: tags.padded ?? [],
  });
  const other = addTestArticle(core, {
    title: A800.title,
    text: A800.paragraphs.join('\n\n'),
    siteName: 'Valley Ledger',
    publishedAt: '2023-01-05',
  });
  return { wire, trimmed, padded, other };
}

describe('the article list with families grouped', () => {
  it('shows a family as one row, its newest member first, carrying the other copies', async () => {
    const { wire, trimmed, padded, other } = addWireStory();
    const grouped = await core.api.listArticles({ groupFamilies: true });
    expect(grouped.total).toBe(2);
    expect(grouped.articles.map((a) => a.id)).toEqual([padded, other]);
    expect(grouped.articles[0]!.copies?.map((c) => c.id)).toEqual([trimmed, wire]);
    expect(grouped.articles[0]!.copies?.[0]).toMatchObject({ siteName: 'Harbour Daily', publishedAt: '2025-04-17' });
    expect(grouped.articles[0]!.family).toEqual({ id: expect.any(Number), originId: wire, size: 3 });
    expect(grouped.articles[1]!.copies).toBeUndefined();
    expect(grouped.articles[1]!.family).toBeUndefined();

    const every = await core.api.listArticles({});
    expect(every.total).toBe(4);
    expect(every.articles.map((a) => a.id)).toEqual([padded, trimmed, wire, other]);
    expect(every.articles.every((a) => a.copies === undefined)).toBe(true);
    expect(every.articles.filter((a) => a.family).map((a) => a.id)).toEqual([padded, trimmed, wire]);
  });

  it('pages by rows, and folds only the copies the tag filter keeps', async () => {
    const { wire, trimmed, other } = addWireStory({ wire: ['h20'], trimmed: ['h20'] });
    const second = await core.api.listArticles({ groupFamilies: true, limit: 1, offset: 1 });
    expect(second).toMatchObject({ total: 2, articles: [{ id: other }] });

    const tagged = await core.api.listArticles({ groupFamilies: true, tag: 'h20' });
    expect(tagged.total).toBe(1);
    expect(tagged.articles.map((a) => a.id)).toEqual([trimmed]);
    expect(tagged.articles[0]!.copies?.map((c) => c.id)).toEqual([wire]);
  });

  it('unfolds a family again when a copy is deleted down to one article', async () => {
    const { wire, trimmed, padded } = addWireStory();
    await core.api.deleteArticle({ id: padded });
    await core.api.deleteArticle({ id: trimmed });
    const grouped = await core.api.listArticles({ groupFamilies: true });
    expect(grouped.total).toBe(2);
    expect(grouped.articles.find((a) => a.id === wire)).toMatchObject({ id: wire });
    expect(grouped.articles.every((a) => !a.copies && !a.family)).toBe(true);
  });
});

describe('search with families grouped', () => {
  it('finds the story once, with its other matching copies folded under the best hit', async () => {
    const { wire, trimmed, padded } = addWireStory();
    const result = await core.api.search({ query: 'licence H20', groupFamilies: true });
    expect(result.total).toBe(1);
    expect(result.hits).toHaveLength(1);
    const [hit] = result.hits;
    expect([wire, trimmed, padded]).toContain(hit!.id);
    expect(hit!.family?.size).toBe(3);
    expect(hit!.copies?.map((c) => c.id).sort()).toEqual([wire, trimmed, padded].filter((id) => id !== hit!.id).sort());

    const every = await core.api.search({ query: 'licence H20' });
    expect(every.total).toBe(3);
    expect(every.hits.every((h) => h.copies === undefined && h.family?.size === 3)).toBe(true);
  });

  it('finds the one copy that has a phrase, standing for its family', async () => {
    const { trimmed } = addWireStory();
    const result = await core.api.search({ query: '"Quay Street"', groupFamilies: true });
    expect(result.total).toBe(1);
    expect(result.hits[0]).toMatchObject({ id: trimmed, family: { size: 3 } });
    expect(result.hits[0]!.copies).toBeUndefined();
  });

  it('counts a family once in every facet', async () => {
    addWireStory({ wire: ['export-controls'], trimmed: ['export-controls'], padded: ['export-controls'] });
    const grouped = await core.api.search({ query: 'nvidia', groupFamilies: true });
    const every = await core.api.search({ query: 'nvidia' });
    expect(every.total).toBe(4);
    expect(grouped.total).toBe(2);
    const count = (facets: { value: string; count: number }[], value: string) =>
      facets.find((f) => f.value === value)?.count;
    expect(count(every.facets.tags, 'export-controls')).toBe(3);
    expect(count(grouped.facets.tags, 'export-controls')).toBe(1);
    expect(count(every.facets.languages, 'en')).toBe(4);
    expect(count(grouped.facets.languages, 'en')).toBe(2);
    expect(count(every.facets.years, '2025')).toBe(3);
    expect(count(grouped.facets.years, '2025')).toBe(1);
    // Each outlet counts the rows it published in: the family once for each of its outlets.
    expect(count(every.facets.sites, 'Valley Ledger')).toBe(2);
    expect(count(grouped.facets.sites, 'Valley Ledger')).toBe(2);
    expect(count(grouped.facets.sites, 'Harbour Daily')).toBe(1);
    const nvidia = (facets: typeof grouped.facets) => facets.entities.find((e) => e.value === 'NVIDIA')?.count;
    expect(nvidia(every.facets)).toBe(4);
    expect(nvidia(grouped.facets)).toBe(2);
  });

  it('pages through rows in both orders, ranking further when copies fill the first hits', async () => {
    const { wire, trimmed, padded, other } = addWireStory();
    for (const sort of ['relevance', 'date'] as const) {
      const seen: ArticleId[] = [];
      for (let offset = 0; offset < 3; offset++) {
        const page = await core.api.search({ query: 'nvidia', groupFamilies: true, sort, limit: 1, offset });
        expect(page.total).toBe(2);
        seen.push(...page.hits.map((h) => h.id));
      }
      expect(seen).toHaveLength(2);
      expect(seen).toContain(other);
      expect([wire, trimmed, padded]).toContain(seen.find((id) => id !== other));
    }
    const byDate = await core.api.search({ query: 'nvidia', groupFamilies: true, sort: 'date' });
    expect(byDate.hits.map((h) => h.id)).toEqual([padded, other]);
    expect(byDate.hits[0]!.copies?.map((c) => c.id)).toEqual([trimmed, wire]);
  });

  it('folds a copy imported after the first search', async () => {
    const p = H20.paragraphs;
    addTestArticle(core, { title: H20.title, text: p.join('\n\n'), publishedAt: '2025-04-16' });
    expect((await core.api.search({ query: 'licence', groupFamilies: true })).hits[0]!.copies).toBeUndefined();
    addTestArticle(core, { title: 'Copy', text: [...p.slice(0, -1), LOCAL].join('\n\n'), publishedAt: '2025-04-17' });
    const after = await core.api.search({ query: 'licence', groupFamilies: true });
    expect(after.total).toBe(1);
    expect(after.hits[0]!.copies).toHaveLength(1);
  });

  it('refuses a groupFamilies that is not true or false', async () => {
    await expect(core.api.search({ query: 'x', groupFamilies: 'yes' as unknown as boolean })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(core.api.listArticles({ groupFamilies: 1 as unknown as boolean })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
