import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function previewIn(language: string | undefined): Promise<string> {
  core = openTestCore(':memory:');
  addTestArticle(core, { title: 'Chip exports', tags: ['chips'], text: 'Nvidia exports of accelerator chips.' });
  const preview = await core.api.previewBrief({
    definition: {
      title: 'Puces',
      author: 'Léa',
      scope: { kind: 'tag', tag: 'chips' },
      sections: ['title', 'timeline', 'sources'],
      ...(language ? { language } : {}),
    },
  });
  return preview.html;
}

describe("a brief's fixed words", () => {
  it('are French in a brief made in French: section titles, "Page n sur m", "collecté le"', async () => {
    const html = await previewIn('fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h2>Chronologie</h2>');
    expect(html).toContain('<h2>Annexe des sources</h2>');
    expect(html).toContain('Préparé par Léa');
    expect(html).toMatch(/collecté le <span class="date">\d{4}-\d{2}-\d{2}<\/span>/);
    expect(html).toContain('content: "Page " counter(page) " sur " counter(pages)');
    expect(html).not.toContain('Source appendix');
  });

  it('stay English by default, and for a language without a file', async () => {
    for (const language of [undefined, 'de']) {
      const html = await previewIn(language);
      expect(html).toContain('<h2>Source appendix</h2>');
      expect(html).toContain('content: "Page " counter(page) " of " counter(pages)');
      core?.close();
      core = null;
    }
  });
});
