import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
beforeEach(() => {
  core = openTestCore(':memory:');
});
afterEach(() => core.close());

describe("the brief's timeline figure", () => {
  it("opens the timeline section with the picture of the brief's articles and key dates", async () => {
    const a = addTestArticle(core, { title: 'First', siteName: 'Reuters', publishedAt: '2024-01-10', tags: ['story'] });
    addTestArticle(core, { title: 'Second', siteName: 'AFP', publishedAt: '2024-02-10', tags: ['story'] });
    await core.api.createNote({ articleId: a, body: 'Raid on the office', eventDate: '2024-01-20' });
    const { html } = await core.api.previewBrief({
      definition: { title: 'Chips', scope: { kind: 'tag', tag: 'story' }, sections: ['timeline'], language: 'fr' },
    });
    const figure = /<figure class="timeline-figure"><svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(figure.match(/<circle /g)).toHaveLength(2);
    expect(figure).toContain('Raid on the office');
    expect(figure).toContain('Dates clés');
    expect(html.indexOf('<figure')).toBeLessThan(html.indexOf('<table'));
  });

  it('leaves the figure out when no article of the brief is dated', async () => {
    addTestArticle(core, { title: 'Undated', tags: ['story'] });
    const { html } = await core.api.previewBrief({
      definition: { title: 'Chips', scope: { kind: 'tag', tag: 'story' }, sections: ['timeline'] },
    });
    expect(html).not.toContain('<svg');
    expect(html).toContain('<table');
  });
});
