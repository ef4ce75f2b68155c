import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

const TEXT =
  'Washington tightened export rules on Monday.\n\n' +
  '"We will comply with the rules," Nvidia said, adding that the H20 chip needs a licence.\n\n' +
  'Later, Huawei said: "We will comply with the rules," but gave no details.';

let core: TestCore;
let article: ArticleId;
beforeEach(() => {
  core = openTestCore(':memory:');
  article = addTestArticle(core, {
    title: 'US tightens chip exports',
    text: TEXT,
    siteName: 'Reuters',
    byline: 'Karen Freifeld',
    publishedAt: '2025-04-15T10:00:00Z',
    url: 'https://www.reuters.com/chips',
  });
});
afterEach(() => core.close());

describe('createQuote', () => {
  it('stores the passage with its anchor and a citation built from the article', async () => {
    const quote = await core.api.createQuote({ articleId: article, exact: 'the H20 chip needs a licence' });
    const start = TEXT.indexOf('the H20 chip needs a licence');
    expect(quote).toMatchObject({ start, end: start + 28, status: 'to_verify', anchorStatus: 'ok' });
    expect(TEXT.slice(0, start).endsWith(quote.prefix)).toBe(true);
    expect(quote.suffix).toBe(TEXT.slice(start + 28, start + 28 + 32));
    expect(quote.suffix).toHaveLength(32);
    expect(quote.citation).toMatchObject({
      outlet: 'Reuters',
      author: 'Karen Freifeld',
      headline: 'US tightens chip exports',
      publishedAt: '2025-04-15T10:00:00Z',
      url: 'https://www.reuters.com/chips',
      fileName: 'us-tightens-chip-exports.html',
    });
    expect(quote.citation.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(quote.formatted.plain).toContain(
      '“the H20 chip needs a licence” — Karen Freifeld, “US tightens chip exports”, Reuters, 2025-04-15.',
    );
    expect(quote.formatted.markdown).toMatch(
      new RegExp(`^> the H20 chip needs a licence\\[\\^q${quote.id}\\]\\n\\n\\[\\^q${quote.id}\\]: Karen Freifeld`),
    );
    expect(quote.formatted.markdown).toContain(quote.citation.sha256);
  });

  it('matches a selection whose whitespace differs and stores the stored text exactly', async () => {
    const quote = await core.api.createQuote({ articleId: article, exact: 'Monday.\n"We will\u00a0comply' });
    expect(quote.exact).toBe('Monday.\n\n"We will comply');
  });

  it('uses the offsets to pick between repeated passages', async () => {
    const second = TEXT.lastIndexOf('"We will comply with the rules,"');
    const quote = await core.api.createQuote({
      articleId: article,
      exact: '"We will comply with the rules,"',
      start: second - 3,
    });
    expect(quote.start).toBe(second);
    expect(quote.prefix.endsWith('Huawei said: ')).toBe(true);
  });

  it('answers the existing quote when the same passage is quoted again, so a brief cites it once', async () => {
    const first = await core.api.createQuote({ articleId: article, exact: 'the H20 chip needs a licence' });
    expect(first.alreadyQuoted).toBe(false);
    await core.api.updateQuoteStatus({ id: first.id, status: 'verified' });
    // The same selection again, and the same words selected with other spacing: the same passage.
    const again = await core.api.createQuote({ articleId: article, exact: 'the H20 chip needs a licence' });
    const respaced = await core.api.createQuote({ articleId: article, exact: 'the H20\nchip needs a  licence' });
    for (const quote of [again, respaced]) {
      expect(quote).toMatchObject({ id: first.id, alreadyQuoted: true, status: 'verified' });
    }
    expect(await core.api.listQuotes({ articleId: article })).toHaveLength(1);
    const brief = await core.api.previewBrief({
      definition: { title: 'Chips', scope: { kind: 'ids', ids: [article] }, sections: ['quotes'] },
    });
    expect(brief.quotes).toBe(1);
    expect(brief.html.split('the H20 chip needs a licence').length - 1).toBe(1);
  });

  it('keeps the same words said at another place in the article as a quote of its own', async () => {
    const words = '"We will comply with the rules,"';
    const nvidia = await core.api.createQuote({ articleId: article, exact: words, start: TEXT.indexOf(words) });
    const huawei = await core.api.createQuote({ articleId: article, exact: words, start: TEXT.lastIndexOf(words) });
    expect(huawei.id).not.toBe(nvidia.id);
    expect(huawei.alreadyQuoted).toBe(false);
    expect(huawei.prefix.endsWith('Huawei said: ')).toBe(true);
    const nvidiaAgain = await core.api.createQuote({ articleId: article, exact: words, start: TEXT.indexOf(words) });
    expect(nvidiaAgain).toMatchObject({ id: nvidia.id, alreadyQuoted: true });
    expect(await core.api.listQuotes({ articleId: article })).toHaveLength(2);
  });

  it('fails clearly when the passage is not in the article', async () => {
    await expect(core.api.createQuote({ articleId: article, exact: 'We will not comply' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('is not in article'),
    });
    await expect(core.api.createQuote({ articleId: article, exact: '  \n ' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(core.api.createQuote({ articleId: 99 as ArticleId, exact: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('listQuotes and status', () => {
  it('filters by tag, entity and status', async () => {
    const other = addTestArticle(core, { title: 'Other', text: 'TikTok said nothing at all about it.' });
    await core.api.tagArticles({ ids: [other], tags: ['story/tiktok'] });
    const q1 = await core.api.createQuote({ articleId: article, exact: 'Nvidia said' });
    const q2 = await core.api.createQuote({ articleId: other, exact: 'TikTok said nothing' });
    await core.api.updateQuoteStatus({ id: q2.id, status: 'verified' });
    core.db
      .prepare("INSERT INTO entities (name, type, created_at) VALUES ('Nvidia', 'organisation', '2025-01-01')")
      .run();

    const ids = async (q: Parameters<typeof core.api.listQuotes>[0]) => (await core.api.listQuotes(q)).map((x) => x.id);
    expect(await ids({})).toEqual([q2.id, q1.id]);
    expect(await ids({ tag: 'story/tiktok' })).toEqual([q2.id]);
    expect(await ids({ status: 'verified' })).toEqual([q2.id]);
    expect(await ids({ status: 'to_verify' })).toEqual([q1.id]);
    expect(await ids({ entity: 'nvidia' })).toEqual([q1.id]);
    expect(await ids({ articleId: other })).toEqual([q2.id]);
    await expect(core.api.updateQuoteStatus({ id: q1.id, status: 'maybe' as never })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('deletes quotes', async () => {
    const q = await core.api.createQuote({ articleId: article, exact: 'Nvidia said' });
    await core.api.deleteQuote({ id: q.id });
    expect(await core.api.listQuotes({})).toEqual([]);
    await expect(core.api.deleteQuote({ id: q.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('resolveQuoteAnchors', () => {
  function replaceText(text: string): void {
    core.db.prepare('UPDATE articles SET text = @text WHERE id = @id').run({ id: article, text });
  }

  it('follows a passage whose offsets shifted and flags one whose passage is gone', async () => {
    const kept = await core.api.createQuote({ articleId: article, exact: 'the H20 chip needs a licence' });
    const gone = await core.api.createQuote({ articleId: article, exact: 'Washington tightened export rules' });
    const newText =
      'CORRECTION appended.\n\n' + TEXT.replace('Washington tightened export rules', 'The US changed its rules');
    replaceText(newText);

    const resolved = await core.api.resolveQuoteAnchors({ articleId: article });
    const byId = new Map(resolved.map((q) => [q.id, q]));
    expect(byId.get(kept.id)).toMatchObject({ anchorStatus: 'ok', start: newText.indexOf('the H20 chip') });
    expect(byId.get(gone.id)).toMatchObject({ anchorStatus: 'orphaned', start: gone.start, exact: gone.exact });
    // The flag is stored, so the Quote bank shows it too.
    expect((await core.api.listQuotes({})).find((q) => q.id === gone.id)!.anchorStatus).toBe('orphaned');
  });

  it('keeps a repeated passage on the right repeat after a shift', async () => {
    const second = TEXT.lastIndexOf('"We will comply with the rules,"');
    await core.api.createQuote({ articleId: article, exact: '"We will comply with the rules,"', start: second });
    const newText = TEXT.replace(
      'Washington tightened export rules on Monday.',
      'On Monday, after weeks of talks, Washington tightened the rules.',
    );
    replaceText(newText);
    const [resolved] = await core.api.resolveQuoteAnchors({ articleId: article });
    expect(resolved!.start).toBe(newText.lastIndexOf('"We will comply with the rules,"'));
  });
});
