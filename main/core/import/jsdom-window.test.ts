import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sharedJsdomWindow } from './jsdom-window';

/**
 * patches/jsdom+31.0.1.patch appends the text parse5 hands over token by token without a full
 * replaceData when nothing can see the difference (no observer, no range: always so for a document
 * or fragment being parsed, as no script runs). These tests pin what a parse must still show: whole
 * text nodes, and the <title>, <textarea> and style sheet that read their text.
 */
describe('the patched jsdom parser', () => {
  it('is the one installed (patch-package applied it)', () => {
    const parser = createRequire(__filename).resolve('jsdom/lib/jsdom/browser/parser/html.js');
    expect(readFileSync(parser, 'utf8')).toContain('function appendParsedText');
  });

  it('joins the words and spaces of a text into one node, as a browser does', () => {
    const doc = new (sharedJsdomWindow().DOMParser)().parseFromString(
      '<p>Nvidia   sold the H20 &amp; the H800\n to   Chinese buyers.</p>',
      'text/html',
    );
    const p = doc.querySelector('p')!;
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild!.nodeValue).toBe('Nvidia   sold the H20 & the H800\n to   Chinese buyers.');
  });

  it('keeps what elements read from their text: the title, a textarea, a style sheet', () => {
    const doc = new (sharedJsdomWindow().DOMParser)().parseFromString(
      '<title>Export   controls and the H800</title><textarea>one two  three</textarea>',
      'text/html',
    );
    expect(doc.title).toBe('Export controls and the H800');
    expect(doc.querySelector('textarea')!.value).toBe('one two  three');
    // Only a document with a window has style sheets (a DOMParser's has none, patched or not).
    const page = new JSDOM('<style>p { color: red } em { color: blue }</style><p>alpha</p>');
    expect(page.window.document.styleSheets[0]!.cssRules).toHaveLength(2);
    page.window.close();
  });
});
