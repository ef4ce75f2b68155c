import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

const SEED = join(__dirname, '../../../../shared/seed/gpu-trade-war-fr.txt');
const hasSeed = existsSync(SEED);
if (!hasSeed) console.warn(`Skipping the seed-article entity checks: ${SEED} is not there.`);

describe.skipIf(!hasSeed)('the seed article gpu-trade-war-fr.txt', () => {
  // Skipped where ../shared/seed is absent: the article is not ours to copy into the repository.
  let core: TestCore;
  afterEach(() => core.close());

  it('finds the registry entities and proposes the unknown names as suggestions', async () => {
    core = openTestCore(':memory:');
    const id = addTestArticle(core, { text: readFileSync(SEED, 'utf8'), language: 'fr' });
    const article = await core.api.getArticle({ id });
    const names = article.entities.map((e) => e.name);
    for (const expected of [
      'ByteDance',
      'TikTok',
      'NVIDIA',
      'A100',
      'H800',
      'A800',
      'AMD',
      'Baidu',
      'Alibaba',
      'SenseTime',
      'US government',
      'China',
      'United States',
    ]) {
      expect(names, expected).toContain(expected);
    }
    const suggestions = (await core.api.listSuggestions({})).map((s) => s.name);
    for (const expected of ['McKinsey', 'Jitwei', 'SenseNova', 'Tongyi Qianwen'])
      expect(suggestions, expected).toContain(expected);

    // "l’A800" and "d’AMD" are found at the right offsets, through typographic apostrophes.
    const mentions = await core.api.getArticleMentions({ id });
    const surfaces = mentions.map((m) => article.text.slice(m.start, m.end));
    expect(surfaces).toContain('A800');
    expect(surfaces).toContain('AMD');
    expect(surfaces).toContain('gouvernement américain');
    expect(surfaces).toContain('États-Unis');
  });

  it('does not suggest sentence-initial words or generic acronyms', async () => {
    core = openTestCore(':memory:');
    addTestArticle(core, { text: readFileSync(SEED, 'utf8'), language: 'fr' });
    const suggestions = (await core.api.listSuggestions({})).map((s) => s.name);
    for (const noise of ['Cette', 'Attention', 'Je', 'La', 'Les', 'Il', 'IA', 'GPU', 'Enfin', 'Chez'])
      expect(suggestions).not.toContain(noise);
  });
});
