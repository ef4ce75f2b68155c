import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../test-support/open-test-core';
import { DEMO_ARTICLES } from '../demo/demo-articles';
import { loadDemoLibrary } from '../demo/load-demo';
import { foldCase, TermAnalyzer } from './languages';
import { openTestLibrary, searchAll, searchIds } from '../../test-support/search-library';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
beforeEach(() => {
  core = openTestLibrary();
});
afterEach(() => core.close());

/** The snippet's highlighted words. */
function marked(snippet: string): string[] {
  return [...snippet.matchAll(/<mark>(.*?)<\/mark>/gu)].map((m) => m[1]!);
}

describe('search: prefixes match the words as written, not their stems', () => {
  it('finds every demo article with "accelerator(s)" for accelerat*, the whole word highlighted', async () => {
    loadDemoLibrary(core.context);
    // The demo articles with a word that starts with "accelerat" as written (French accents folded).
    const expected = DEMO_ARTICLES.filter((a) =>
      /(?:^|[^\p{L}\p{N}])accelerat/u.test(foldCase([a.title, ...a.paragraphs].join(' '))),
    ).map((a) => a.title);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const result = await searchAll(core, 'accelerat*');
    expect(result.hits.map((h) => h.title).sort()).toEqual([...expected].sort());
    for (const hit of result.hits) {
      const words = marked(hit.snippet);
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(foldCase(w)).toMatch(/^accelerat\p{L}*$/u);
    }
    const allMarked = result.hits.flatMap((h) => marked(h.snippet).map((w) => w.toLowerCase()));
    expect(allMarked).toEqual(expect.arrayContaining(['accelerator', 'accelerators', 'accélérateurs']));
  });

  it('finds a word whose stem is shorter than the prefix, in English', async () => {
    const plural = addTestArticle(core, {
      title: 'Chip rules',
      text: 'Washington restricted the sale of accelerators to several buyers.',
    });
    const singular = addTestArticle(core, { title: 'H20', text: 'The H20 accelerator was made for China.' });
    addTestArticle(core, { title: 'Weather', text: 'Sunny skies are expected over the weekend.' });
    const result = await searchAll(core, 'accelerat*');
    expect(result.hits.map((h) => h.id).sort()).toEqual([plural, singular].sort());
    const byId = new Map(result.hits.map((h) => [h.id, h.snippet]));
    expect(marked(byId.get(plural)!)).toEqual(['accelerators']);
    expect(marked(byId.get(singular)!)).toEqual(['accelerator']);
    // Like every query word, a prefix matches by stem: it finds at least what the whole word finds.
    expect((await searchIds(core, 'accelerators*')).sort()).toEqual((await searchIds(core, 'accelerators')).sort());
    expect(await searchIds(core, 'acceleratorsx*')).toEqual([]);
    expect(await searchIds(core, 'title:accelerat*')).toEqual([]);
    expect(await searchIds(core, 'accelerat* -china')).toEqual([plural]);
    expect(await searchIds(core, 'chip accelerat*')).toEqual([plural]);
  });

  it('finds French and German words whose stem is shorter than the prefix, accents folded', async () => {
    const fr = addTestArticle(core, {
      title: 'Puces',
      language: 'fr',
      text: 'Les exportations d’accélérateurs vers la Chine sont soumises à licence.',
    });
    const de = addTestArticle(core, {
      title: 'Ausfuhr',
      language: 'de',
      text: 'Die neuen Beschränkungen gelten seit Oktober.',
    });
    for (const query of ['exportation*', 'Exportations*']) {
      const result = await searchAll(core, query);
      expect(result.hits.map((h) => h.id)).toEqual([fr]);
      expect(marked(result.hits[0]!.snippet)).toEqual(['exportations']);
    }
    for (const query of ['accélérat*', 'accelerat*']) {
      const result = await searchAll(core, query);
      expect(result.hits.map((h) => h.id)).toEqual([fr]);
      expect(marked(result.hits[0]!.snippet)).toEqual(['accélérateurs']);
    }
    const ru = addTestArticle(core, {
      title: 'Чипы',
      language: 'ru',
      text: 'Новые ограничения на экспорт вступили в силу.',
    });
    const german = await searchAll(core, 'beschränkung*');
    expect(german.hits.map((h) => h.id)).toEqual([de]);
    expect(marked(german.hits[0]!.snippet)).toEqual(['Beschränkungen']);
    const russian = await searchAll(core, 'ограничени*');
    expect(russian.hits.map((h) => h.id)).toEqual([ru]);
    expect(marked(russian.hits[0]!.snippet)).toEqual(['ограничения']);
  });

  it('finds each demo article by the first letters of its words as written, in English and French', async () => {
    loadDemoLibrary(core.context);
    const byTitle = new Map(
      (await searchAll(core, { query: 'lang:en OR lang:fr', limit: 100 })).hits.map((h) => [h.title, h.id]),
    );
    const analyzer = new TermAnalyzer();
    let checked = 0;
    for (const [i, article] of DEMO_ARTICLES.entries()) {
      // Stop words ("because", "pendant") are not indexed: no query finds them.
      const words = [...new Set(article.paragraphs.join(' ').match(/\p{L}{7,}/gu) ?? [])].filter(
        (w) => analyzer.termOf(w, article.language) !== null,
      );
      // A few words of each article, drawn the same way every run, cut one to three letters short.
      for (const [k, word] of words.entries()) {
        if ((k + i) % 9 !== 0) continue;
        const prefix = word.slice(0, word.length - 1 - ((k + i) % 3));
        const ids = await searchIds(core, { query: `${prefix}*`, limit: 100 });
        expect(ids, `${prefix}* should find "${article.title}" (${word})`).toContain(byTitle.get(article.title));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('finds such words in notes too', async () => {
    const article = addTestArticle(core, { title: 'Weather', text: 'Sunny skies are expected over the weekend.' });
    const note = await core.api.createNote({ articleId: article, body: 'Ask about the accelerators shipped in May.' });
    const result = await searchAll(core, 'accelerat*');
    expect(result.noteHits?.map((n) => n.noteId)).toEqual([note.id]);
    expect(marked(result.noteHits![0]!.snippet)).toEqual(['accelerators']);
  });
});
