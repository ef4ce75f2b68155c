// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
// The one renderer file allowed to import the core (eslint.config.mjs): it proves both sides
// apply the same policy.
import { sanitizeHtml as sanitizeOnImport } from '../../../main/core/import/sanitize-html';
import { sanitizeArticleHtml } from './sanitize-html';

/** Inputs that exercise every rule of preload/contract/sanitize-policy.ts. */
const VECTORS = [
  '<p style="color:red" onclick="a()">Styled <b>bold</b></p>',
  '<script>alert(1)</script><noscript><p>fallback</p></noscript><p>after</p>',
  '<dialog open><p>modal</p></dialog><canvas width="9"></canvas><p>kept</p>',
  '<img src="https://tracker.example/p.gif" usemap="#m" sizes="100vw" srcset="https://x.example/2.gif 2x" alt="t">',
  '<img src="data:image/png;base64,AAAA" alt="chart">',
  '<a href="https://example.org/doc" target="_blank">doc</a><a href="javascript:x()">bad</a><a href="mailto:a@b.c">mail</a>',
  '<a href="file:///etc/passwd">local</a><a href="#note-1">anchor</a><a>plain</a>',
  '<iframe src="https://x.example"></iframe><form action="https://x.example"><input name="q"></form>',
  '<svg><image href="https://x.example/i.png"/></svg><math><mi>x</mi></math><template><p>t</p></template>',
  '<video poster="https://x.example/p.png" src="v.mp4"></video><picture><source srcset="a.png"></picture>',
  '<p data-tracking="1" background="https://x.example/b.png">data attributes</p><blockquote cite="https://example.org/source">q</blockquote>',
  '<table><tr><td ping="https://x.example/p" longdesc="x">cell</td></tr></table><ul><li>item</li></ul>',
];

function sanitizeOnDisplay(html: string): string {
  const host = document.createElement('div');
  host.append(sanitizeArticleHtml(html));
  return host.innerHTML;
}

describe('one sanitizer policy', () => {
  it.each(VECTORS)('gives the same output on import and on display: %s', (html) => {
    expect(sanitizeOnDisplay(html)).toBe(sanitizeOnImport(html));
  });

  it('forbids the union of what the two sanitizers used to forbid', () => {
    const outputs = VECTORS.map((html) => [sanitizeOnImport(html), sanitizeOnDisplay(html)]).flat();
    for (const out of outputs) {
      expect(out).not.toMatch(/<(noscript|canvas|dialog|script|iframe|svg|video)\b|usemap|sizes=|x\.example|tracker/);
    }
    // The element goes; its text stays readable.
    expect(sanitizeOnDisplay(VECTORS[2]!)).toBe('<p>modal</p><p>kept</p>');
  });
});
