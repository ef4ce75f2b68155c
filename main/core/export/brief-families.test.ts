import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, BriefDefinition } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { DEMO_ARTICLES } from '../demo/demo-articles';

const story = DEMO_ARTICLES.find((d) => d.title.startsWith('Washington requires licences for the H20'))!;
const other = DEMO_ARTICLES.find((d) => d.title.startsWith("NVIDIA's H20: a third attempt"))!;

let core: TestCore;
let original: ArticleId;
let copy: ArticleId;
let third: ArticleId;
beforeEach(async () => {
  core = openTestCore(':memory:');
  const body = story.paragraphs.join('\n\n');
  original = addTestArticle(core, {
    title: story.title,
    text: body,
    siteName: 'Pacific Trade Wire',
    publishedAt: '2025-04-16',
    tags: ['h20'],
  });
  copy = addTestArticle(core, {
    title: 'Nvidia hit by licence rule',
    text: [...story.paragraphs.slice(0, -1), 'Reporting by the wire.'].join('\n\n'),
    siteName: 'Harbour Daily',
    publishedAt: '2025-04-17',
    tags: ['h20'],
  });
  third = addTestArticle(core, {
    title: 'Licence rule for H20',
    text: `${body}\n\nLocal desk: distributors were not told.`,
    siteName: 'Metro Courier',
    publishedAt: '2025-04-18',
    tags: ['h20'],
  });
  addTestArticle(core, {
    title: other.title,
    text: other.paragraphs.join('\n\n'),
    siteName: 'Chip Letter',
    tags: ['h20'],
  });
  await core.api.createQuote({ articleId: copy, exact: 'officials informed the company on April 9' });
});
afterEach(() => core.close());

const definition: BriefDefinition = {
  title: 'H20 brief',
  author: 'Desk',
  scope: { kind: 'tag', tag: 'h20' },
  sections: ['title', 'quotes', 'digest'],
};

describe('briefs and families of near copies', () => {
  it('cites a quoted copy with its original and who else published it, and lists the story once in the digest', async () => {
    const { html } = await core.api.previewBrief({ definition });
    const md = Buffer.from((await core.api.exportBrief({ definition, format: 'md' })).base64, 'base64').toString(
      'utf8',
    );
    for (const brief of [html, md]) {
      expect(brief).toMatch(
        /Original: “Washington requires licences for the H20[^”]*”, Pacific Trade Wire, published 2025-04-16\./,
      );
      expect(brief).toContain('Also published by Metro Courier (2025-04-18)');
      // The digest: the origin stands for the family; the copies are named, not repeated.
      expect(brief).toContain('Also published by Harbour Daily (2025-04-17), Metro Courier (2025-04-18)');
      expect(brief).toContain(other.title.replace(/'/g, brief === html ? '&#39;' : "'"));
    }
    const digest = md.slice(md.indexOf('## Article digest'));
    expect(digest).toContain(`### ${story.title}`.slice(0, 40));
    expect(digest).not.toContain('### Nvidia hit by licence rule');
    expect(digest).not.toContain('### Licence rule for H20');
    void original;
    void third;
  });
});
