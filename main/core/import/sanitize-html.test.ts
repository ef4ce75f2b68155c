import createDOMPurify, { type WindowLike } from 'dompurify';
import type { ArticleId } from '../../../preload/api';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedJsdomWindow } from './jsdom-window';
import { parseHtmlString } from './parsers/html';
import { parsePageDom } from './parsers/page-dom';
import { createSanitizer, sanitizeHtml, sanitizeHtmlWithText } from './sanitize-html';
import { dangersIn, VECTORS } from '../../test-support/xss-vectors';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';

describe('sanitizeHtml', () => {
  it.each(VECTORS)('strips %s and keeps the text', (_name, dirty) => {
    const clean = sanitizeHtml(dirty);
    expect(dangersIn(clean)).toEqual([]);
    expect(clean).toContain('alpha');
    // A second pass changes nothing: what the reader parses is what was checked.
    expect(sanitizeHtml(clean)).toBe(clean);
  });

  it.each(VECTORS)('strips %s when the text is read from the same tree', (_name, dirty) => {
    const { html, text } = sanitizeHtmlWithText(dirty);
    expect(html).toBe(sanitizeHtml(dirty));
    expect(dangersIn(html)).toEqual([]);
    expect(text).toContain('alpha');
    expect(text).not.toContain('alert');
  });

  it('removes everything that runs or loads from the network', () => {
    const dirty = `<p style="background:url(https://x.example/t.png)" onclick="a()">Text</p>
      <script>alert(1)</script><iframe src="https://x.example"></iframe><form action="https://x.example"><input name="q"></form>
      <object data="x.swf"></object><link rel="stylesheet" href="https://x.example/s.css"><style>@import url(https://x.example/a.css)</style>
      <img src="https://x.example/p.gif" srcset="https://x.example/2.gif 2x"><video src="https://x.example/v.mp4"></video>
      <svg><image href="https://x.example/i.png"/></svg>`;
    const clean = sanitizeHtml(dirty);
    expect(clean).toContain('<p>Text</p>');
    expect(clean).not.toMatch(/x\.example|script|onclick|iframe|form|input|style|object|svg|video/);
  });

  it('keeps embedded images and safe links, which open nothing by themselves', () => {
    const clean = sanitizeHtml(
      '<img src="data:image/png;base64,AAAA" alt="chart"><a href="https://example.org/doc" target="_blank">doc</a><a href="javascript:x()">bad</a><a href="file:///etc/passwd">local</a>',
    );
    expect(clean).toContain('<img src="data:image/png;base64,AAAA" alt="chart">');
    expect(clean).toContain('<a href="https://example.org/doc" rel="noreferrer noopener">doc</a>');
    expect(clean).toContain('<a>bad</a>');
    expect(clean).toContain('<a>local</a>');
  });
});

describe('the sanitizer guard', () => {
  const linkedomWindow = (): WindowLike =>
    parseHTML('<!DOCTYPE html><html><body></body></html>') as unknown as WindowLike;

  it('is needed: DOMPurify on a linkedom window hands back script untouched', () => {
    const raw = createDOMPurify(linkedomWindow());
    expect(raw.sanitize('<img src=x onerror=alert(1)><script>alert(2)</script>')).toContain('<script>');
  });

  it('refuses a linkedom window instead of returning unsanitized HTML', () => {
    expect(() => createSanitizer(linkedomWindow())).toThrow(/cannot work on this DOM/);
  });

  it('accepts a jsdom window, on which the canary is stripped', () => {
    const sanitizer = createSanitizer(new JSDOM('').window as unknown as WindowLike);
    expect(sanitizer.isSupported).toBe(true);
    expect(sanitizer.sanitize('<p onclick="alert(1)">ok</p><script>alert(2)</script>')).toBe('<p>ok</p>');
  });
});

describe('a saved page, read on linkedom', () => {
  const story = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i}: the ministry confirmed on Tuesday that the export licences were suspended, officials said, pending a review of the contracts signed last year.</p>`,
  ).join('');
  const savedPage = (dirty: string): string =>
    `<!DOCTYPE html><html><head><title>Licences</title></head><body><article><h1>Licences</h1>${story}${dirty}</article></body></html>`;

  it('is parsed by linkedom, the DOM DOMPurify returns input unsanitized on', () => {
    expect(parsePageDom(savedPage('<p>alpha</p>'), undefined).parser).toBe('linkedom');
  });

  it('is sanitized on jsdom: the shared window passes the sanitizer guard', () => {
    expect(createSanitizer(sharedJsdomWindow() as unknown as WindowLike).isSupported).toBe(true);
  });

  // Readability drops some vectors' "alpha" along with them (a form and its button), so only the story is sure to stay.
  it.each(VECTORS)('is read with %s left out of its text', (_name, dirty) => {
    const article = parseHtmlString(savedPage(dirty), { fileName: 'page.html', format: 'html' });
    expect(article.text).toContain('Paragraph 5');
    expect(article.text).not.toContain('alert');
  });

  describe('imported, then opened', () => {
    let core: TestCore;
    const opened = new Map<string, { id: ArticleId; html: string; text: string }>();

    beforeAll(async () => {
      core = openTestCore(':memory:');
      // Each page its own heading, so no two are the same text (which the import would call duplicates).
      const files = VECTORS.map(([name, dirty], i) => ({
        name: `vector-${i}.html`,
        base64: Buffer.from(savedPage(`<h2>${name}</h2>${dirty}`)).toString('base64'),
      }));
      const batch = await core.api.importUploads({ files });
      for (const [i, result] of batch.results.entries()) {
        if (result.status !== 'imported' || result.id === undefined) continue;
        const article = await core.api.getArticle({ id: result.id });
        opened.set(VECTORS[i]![0], { id: result.id, html: article.html, text: article.text });
      }
    });
    afterAll(() => core.close());

    it.each(VECTORS)('comes out of the core with %s stripped', (name) => {
      const article = opened.get(name);
      expect(article, `${name} was not imported`).toBeDefined();
      expect(dangersIn(article!.html)).toEqual([]);
      expect(article!.html).toContain('Paragraph 5');
      expect(article!.text).not.toContain('alert');
    });

    it('stores the markup as extracted and hands out only the sanitized one', async () => {
      const id = opened.get('img onerror')!.id;
      const { html: stored } = core.db.prepare('SELECT html FROM articles WHERE id = ?').get(id) as { html: string };
      expect(stored).toMatch(/<img[^>]* onerror=/);
      const article = await core.api.getArticle({ id });
      expect(dangersIn(article.html)).toEqual([]);
      expect(article.html).toBe(sanitizeHtml(stored));
    });
  });
});
