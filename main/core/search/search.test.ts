import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../test-support/open-test-core';
import { openTestLibrary, searchAll, searchIds } from '../../test-support/search-library';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
beforeEach(() => {
  core = openTestLibrary();
});
afterEach(() => core.close());

describe('search: stemming per language', () => {
  it('finds "restricted" for "restrictions" and highlights it in the snippet', async () => {
    const id = addTestArticle(core, {
      title: 'Chip rules',
      text: 'Washington restricted the sale of accelerators to several buyers last week.',
    });
    addTestArticle(core, { title: 'Weather', text: 'Sunny skies are expected over the weekend.' });
    const result = await searchAll(core, 'restrictions');
    expect(result.hits.map((h) => h.id)).toEqual([id]);
    expect(result.hits[0]!.snippet).toContain('<mark>restricted</mark>');
    expect(result.highlightTerms).toContain('restricted');
  });

  it('finds French "carte graphique" for "cartes graphiques", accents and case folded', async () => {
    const fr = addTestArticle(core, {
      title: 'Exportations',
      language: 'fr',
      text: 'La nouvelle carte graphique de Nvidia ne peut plus être vendue aux États-Unis sans licence.',
    });
    expect(await searchIds(core, 'cartes graphiques')).toEqual([fr]);
    expect(await searchIds(core, 'CARTES GRAPHIQUES')).toEqual([fr]);
    expect(await searchIds(core, 'Etats-Unis')).toEqual([fr]);
    expect(await searchIds(core, 'etre vendue')).toEqual([fr]);
  });

  it('stems German, Spanish, Russian articles with their own pipelines', async () => {
    const de = addTestArticle(core, {
      title: 'Ausfuhr',
      language: 'de',
      text: 'Die Regierung verschärfte die Exportbeschränkungen für Halbleiter.',
    });
    const es = addTestArticle(core, {
      title: 'Chips',
      language: 'es',
      text: 'Las restricciones comerciales afectan a los fabricantes.',
    });
    const ru = addTestArticle(core, {
      title: 'Чипы',
      language: 'ru',
      text: 'Новые ограничения на экспорт полупроводников вступили в силу.',
    });
    expect(await searchIds(core, 'Halbleiter')).toEqual([de]);
    expect(await searchIds(core, 'restricción comercial')).toEqual([es]);
    expect(await searchIds(core, 'ограничение')).toEqual([ru]);
  });

  it('drops stop words from the query instead of requiring them', async () => {
    const id = addTestArticle(core, { title: 'Trade', text: 'The trade war between the two powers escalated.' });
    expect(await searchIds(core, 'the trade war')).toEqual([id]);
    const onlyStop = await searchAll(core, 'the of');
    expect(onlyStop.total).toBe(0);
    expect(onlyStop.warning).toMatch(/too common/);
  });
});

describe('search: phrases, prefixes, fuzzy, CJK', () => {
  it('matches a phrase across stemmed words, and only when the words are adjacent', async () => {
    const near = addTestArticle(core, { title: 'A', text: 'New export controlling measures were announced.' });
    addTestArticle(core, { title: 'B', text: 'Controls on the export of chips, the measures say.' });
    expect(await searchIds(core, '"export controls"')).toEqual([near]);
  });

  it('expands a prefix', async () => {
    const id = addTestArticle(core, { title: 'Fabs', text: 'Semiconductor plants need water.' });
    const result = await searchAll(core, 'semicon*');
    expect(result.hits.map((h) => h.id)).toEqual([id]);
    expect(result.hits[0]!.snippet).toContain('<mark>Semiconductor</mark>');
  });

  it('finds a misspelt term with ~1 through the vocabulary', async () => {
    const id = addTestArticle(core, { title: 'GPUs', text: 'Nvidia reported record sales of its accelerators.' });
    expect(await searchIds(core, 'nvdia')).toEqual([]);
    const fuzzy = await searchAll(core, 'nvdia~1');
    expect(fuzzy.hits.map((h) => h.id)).toEqual([id]);
    expect(fuzzy.hits[0]!.snippet).toContain('<mark>Nvidia</mark>');
    expect(await searchIds(core, 'nvdiaxx~1')).toEqual([]);
  });

  it('finds CJK substrings of any length of two or more characters, and single characters', async () => {
    const zh = addTestArticle(core, {
      title: '芯片',
      language: 'zh',
      text: '英伟达公司表示，美国的出口限制影响了销售。华为也受到影响。',
    });
    const ja = addTestArticle(core, {
      title: '半導体',
      language: 'ja',
      text: '東京エレクトロンは輸出規制の影響を受けた。',
    });
    expect(await searchIds(core, '英伟达')).toEqual([zh]);
    expect(await searchIds(core, '出口限制')).toEqual([zh]);
    expect(await searchIds(core, '华为')).toEqual([zh]);
    expect(await searchIds(core, '为')).toEqual([zh]);
    expect(await searchIds(core, '伟华')).toEqual([]);
    expect(await searchIds(core, '輸出規制')).toEqual([ja]);
    const result = await searchAll(core, '出口限制');
    expect(result.hits[0]!.snippet).toContain('<mark>出口限制</mark>');
  });
});

describe('search: boolean operators, fields and filters', () => {
  let a: number;
  let b: number;
  let c: number;
  beforeEach(() => {
    a = addTestArticle(core, {
      title: 'Huawei phones',
      byline: 'Ana Ruiz',
      siteName: 'Reuters',
      publishedAt: '2023-11-05',
      tags: ['telecom'],
      text: 'Huawei shipped new phones despite sanctions.',
    });
    b = addTestArticle(core, {
      title: 'Nvidia results',
      byline: 'Tom Becker',
      siteName: 'Le Monde',
      publishedAt: '2024-02-10T08:00:00Z',
      language: 'fr',
      format: 'pdf',
      tags: ['chips', 'earnings'],
      text: 'Nvidia et Huawei face aux sanctions américaines.',
    });
    c = addTestArticle(core, {
      title: 'Export rules',
      siteName: 'Reuters',
      publishedAt: '2024-06-01',
      tags: ['chips'],
      text: 'The sanctions regime now covers accelerators.',
    });
  });

  it('ANDs terms, ORs on request, excludes with NOT and -', async () => {
    expect(new Set(await searchIds(core, 'huawei sanctions'))).toEqual(new Set([a, b]));
    expect(new Set(await searchIds(core, 'nvidia OR accelerators'))).toEqual(new Set([b, c]));
    expect(await searchIds(core, 'sanctions -huawei')).toEqual([c]);
    expect(await searchIds(core, 'sanctions NOT (huawei OR nvidia)')).toEqual([c]);
    expect(new Set(await searchIds(core, '-nvidia'))).toEqual(new Set([a, c]));
  });

  it('restricts title: and byline: to those fields and ranks title hits first', async () => {
    expect(await searchIds(core, 'title:huawei')).toEqual([a]);
    expect(await searchIds(core, 'byline:becker')).toEqual([b]);
    expect((await searchIds(core, 'huawei'))[0]).toBe(a);
  });

  it('combines text with tag:, lang:, format:, site: and date: filters', async () => {
    expect(await searchIds(core, 'sanctions tag:chips lang:fr')).toEqual([b]);
    expect(new Set(await searchIds(core, 'sanctions tag:CHIPS'))).toEqual(new Set([b, c]));
    expect(await searchIds(core, 'sanctions format:pdf')).toEqual([b]);
    expect(new Set(await searchIds(core, 'sanctions site:reuters'))).toEqual(new Set([a, c]));
    expect(await searchIds(core, 'sanctions date:2023')).toEqual([a]);
    expect(new Set(await searchIds(core, 'sanctions date:2023-10..2024-03'))).toEqual(new Set([a, b]));
    expect(await searchIds(core, 'sanctions date:2024-06-01')).toEqual([c]);
    expect(new Set(await searchIds(core, 'tag:chips OR tag:telecom'))).toEqual(new Set([a, b, c]));
    expect(await searchIds(core, 'sanctions -tag:chips')).toEqual([a]);
  });

  it('ignores a nonsense filter with a warning rather than failing', async () => {
    const result = await searchAll(core, 'sanctions date:last-week');
    expect(result.total).toBe(3);
    expect(result.warning).toMatch(/date:last-week/);
  });

  it('sorts by date when asked, newest first', async () => {
    const result = await searchAll(core, { query: 'sanctions', sort: 'date' });
    expect(result.hits.map((h) => h.id)).toEqual([c, b, a]);
  });

  it('counts facets over the whole result set, not the page', async () => {
    const result = await searchAll(core, { query: 'sanctions', limit: 1 });
    expect(result.total).toBe(3);
    expect(result.hits).toHaveLength(1);
    expect(result.facets.tags).toEqual([
      { value: 'chips', count: 2 },
      { value: 'earnings', count: 1 },
      { value: 'telecom', count: 1 },
    ]);
    expect(result.facets.sites).toEqual([
      { value: 'Reuters', count: 2 },
      { value: 'Le Monde', count: 1 },
    ]);
    expect(result.facets.years).toEqual([
      { value: '2024', count: 2 },
      { value: '2023', count: 1 },
    ]);
    expect(result.facets.languages).toEqual([
      { value: 'en', count: 2 },
      { value: 'fr', count: 1 },
    ]);
  });

  it('pages with limit and offset', async () => {
    const all = await searchIds(core, 'sanctions');
    const second = await searchAll(core, { query: 'sanctions', limit: 1, offset: 1 });
    expect(second.hits.map((h) => h.id)).toEqual([all[1]]);
  });
});

describe('search: the index follows the library', () => {
  it('finds an article right after storeArticle returns, and forgets it once deleted', async () => {
    expect(await searchIds(core, 'zeppelin')).toEqual([]);
    const id = addTestArticle(core, {
      title: 'Airships',
      siteName: 'Harbour Gazette',
      publishedAt: '2021-04-01',
      text: 'A zeppelin was spotted over the harbour.',
    });
    const found = await searchAll(core, 'zeppelin');
    expect(found.hits.map((h) => h.id)).toEqual([id]);
    expect(found.facets.sites).toEqual([{ value: 'Harbour Gazette', count: 1 }]);
    expect(found.facets.years).toEqual([{ value: '2021', count: 1 }]);
    await core.api.deleteArticle({ id });
    expect(await searchIds(core, 'zeppelin')).toEqual([]);
    expect((await searchAll(core, 'zeppelin')).facets.sites).toEqual([]);
  });

  it('rolls the postings back with the article when a later hook fails', async () => {
    core.faults.afterStored = () => {
      throw new Error('entity matcher failed');
    };
    expect(() => addTestArticle(core, { title: 'Doomed', text: 'Quasar observations.' })).toThrow(
      /entity matcher failed/,
    );
    core.faults.afterStored = null;
    expect(await searchIds(core, 'quasar')).toEqual([]);
  });

  it('escapes HTML in snippets', async () => {
    addTestArticle(core, { title: 'Markup', text: 'Quoted in the filing: <script>alert(1)</script> & friends.' });
    const result = await searchAll(core, 'filing');
    expect(result.hits[0]!.snippet).toContain('&lt;script&gt;');
    expect(result.hits[0]!.snippet).not.toContain('<script>');
    expect(result.hits[0]!.snippet).toContain('<mark>filing</mark>');
  });
});
