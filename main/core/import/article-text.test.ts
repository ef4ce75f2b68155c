import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WindowLike } from 'dompurify';
import { SANITIZE_CONFIG, SANITIZE_FORBID_CONTENTS } from '../../../preload/contract/sanitize-policy';
import { VECTORS } from '../../test-support/xss-vectors';
import { sanitizedArticleText } from './article-text';
import { DEFAULT_CORPUS_DIR } from './corpus';
import { parseHtmlString } from './parsers/html';
import { createSanitizer, sanitizeHtml } from './sanitize-html';
import { sharedJsdomWindow } from './jsdom-window';
import { nodeToText } from './text-stats';

const sanitizer = createSanitizer(sharedJsdomWindow() as unknown as WindowLike);

/**
 * The text a reader is handed: that of the tree the sanitizer returns, read by nodeToText, as the
 * import read it when it sanitized every page.
 */
const shownText = (html: string): string =>
  nodeToText(sanitizer.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM: true }));

describe('the text of an article as the sanitizer will show it', () => {
  it.each(VECTORS)('is the sanitized tree’s text with %s', (_name, dirty) => {
    expect(sanitizedArticleText(dirty)).toBe(shownText(dirty));
    expect(sanitizedArticleText(dirty)).toContain('alpha');
  });

  // plaintext swallows everything after it, so each element is tried alone between two paragraphs.
  it.each(SANITIZE_FORBID_CONTENTS)('leaves out <%s> with its text, as the sanitizer does', (tag) => {
    const html = `<p>before</p><${tag}>hidden words</${tag}><p>after</p>`;
    expect(sanitizeHtml(html)).not.toContain('hidden');
    expect(sanitizedArticleText(html)).toBe(shownText(html));
    expect(sanitizedArticleText(html)).not.toContain('hidden');
  });

  it('keeps the text of elements the sanitizer removes but empties into their place', () => {
    const html =
      '<form><p>In a form</p><button>Pressed</button></form><my-widget>Custom</my-widget><picture>Pictured</picture><dialog>Said</dialog><center>Centred</center>';
    expect(sanitizedArticleText(html)).toBe(shownText(html));
    for (const word of ['In a form', 'Pressed', 'Custom', 'Pictured', 'Said', 'Centred']) {
      expect(sanitizedArticleText(html)).toContain(word);
    }
  });

  it('reads tables, lists, line breaks and misnested markup as the browser parse does', () => {
    const html = `<table><caption>Exports</caption><colgroup><col></colgroup><thead><tr><th>Chip</th><th>Year</th></tr></thead>
      <tbody><tr><td>H800</td><td>2023</td></tr></tbody>stray text</table>
      <p>One<div>inside a paragraph</div></p><ul><li>first<li>second</ul>Line<br>break<b><i>bold</b> italic</i>`;
    expect(sanitizedArticleText(html)).toBe(shownText(html));
    expect(sanitizedArticleText(html)).toContain('Chip Year');
  });

  const pagesDir = join(DEFAULT_CORPUS_DIR, 'readability');
  const pages = existsSync(pagesDir) ? readdirSync(pagesDir) : [];
  if (pages.length === 0) {
    console.warn(`Skipping the fixture pages' text check: no pages at ${pagesDir} (set DOSSIER_FIXTURES).`);
  }
  it.skipIf(pages.length === 0)('is the same text on every fixture page read by Readability', () => {
    const differing: string[] = [];
    for (const name of pages) {
      const source = join(pagesDir, name, 'source.html');
      if (!existsSync(source)) continue;
      const article = parseHtmlString(readFileSync(source, 'utf8'), { fileName: 'source.html', format: 'html' });
      if (article.text !== shownText(article.html)) differing.push(name);
    }
    expect(differing).toEqual([]);
  });
});
