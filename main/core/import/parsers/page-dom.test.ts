import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedJsdomWindow } from '../jsdom-window';
import { parsePageDom } from './page-dom';

/** The body a browser's HTML5 parser builds (jsdom's, scripting disabled as for a saved page). */
function browserBody(html: string): string {
  const window = sharedJsdomWindow();
  return new window.DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

/** Pages whose markup leaves the HTML5 tree to the parser's rules. */
const MALFORMED = {
  'no html, head or body': '<title>T</title><p>one<p>two',
  'an element before <head>':
    '<html><div>before the head</div><head><title>T</title></head><body><p>b</p></body></html>',
  'an element after </body>': '<html><head></head><body><p>b</p></body></html><iframe src="x"></iframe><p>after</p>',
  'text in a table': '<body><table><p>fostered</p><tr><td>cell</td></tr>loose text</table></body>',
  'noscript with markup':
    '<body><p>a</p><noscript><img src="https://example.org/a.png"><p>no script</p></noscript></body>',
  'escaped markup in noscript':
    '<body><p>a</p><noscript>&lt;img src="https://example.org/t.gif"&gt; text</noscript></body>',
  'unclosed inline tags': '<body><p><b>bold <i>both</p><p>after</b> text</p></body>',
  'nested anchors': '<body><a href="x">a<a href="y">b</a></body>',
};

describe('parsePageDom', () => {
  it('reads a well-shaped page with linkedom alone', () => {
    const page = parsePageDom(
      '<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>',
      undefined,
    );
    expect(page.parser).toBe('linkedom');
  });

  for (const [what, html] of Object.entries(MALFORMED)) {
    it(`gives Readability the tree a browser builds: ${what}`, () => {
      const page = parsePageDom(html, undefined);
      expect(page.parser).toBe('html5-then-linkedom');
      expect(page.document.body.innerHTML).toBe(browserBody(html));
    });
  }

  it('keeps the page address for relative links', () => {
    const page = parsePageDom('<base href="/news/"><p>x', 'https://example.org/a/b.html');
    expect(page.document.baseURI).toBe('https://example.org/news/');
  });

  it('finds a <base> written in any case and followed by any space, and only a <base>', () => {
    const pages: Array<[string, string]> = [
      ['<!DOCTYPE html><html><head><BASE\nHREF="/news/"></head><body><p>x</p></body></html>', '/news/'],
      ['<!DOCTYPE html><html><head><base\thref="/tab/"/></head><body><p>x</p></body></html>', '/tab/'],
      ['<!DOCTYPE html><html><head></head><body><basefont href="/no/"><p>x</p></body></html>', '/a/b.html'],
      ['<!DOCTYPE html><html><head></head><body><p>&lt;base href="/no/"&gt;</p></body></html>', '/a/b.html'],
    ];
    for (const [html, path] of pages) {
      expect(parsePageDom(html, 'https://example.org/a/b.html').document.baseURI, html).toBe(
        `https://example.org${path}`,
      );
    }
  });
});

describe('linkedom as installed (patches/linkedom+0.18.15.patch)', () => {
  // The patch makes linkedom create a node's listener table on its first listener rather than with
  // every node: that table and its WeakMap entry took most of linkedom's parse time and garbage.
  // It also lowers the case of HTML attribute names, as a browser's parser does.
  it('reads attribute names written in capitals as a browser does, keeping the first of two', () => {
    const { document } = parsePageDom(
      `<!DOCTYPE html><html><head></head><body>
        <A HREF="/first" href="/second" CLASS="byline">a</A><IMG SRC="/i.png" Alt="photo">
        <svg viewBox="0 0 1 1"><path strokeWidth="2"/></svg></body></html>`,
      'https://example.org/a/b.html',
    );
    const link = document.querySelector('a[href]')!;
    expect(link.getAttribute('href')).toBe('/first');
    expect(link.className).toBe('byline');
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/i.png');
    expect(document.querySelector('img')!.getAttribute('alt')).toBe('photo');
    expect(document.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 1 1');
    expect(document.body.innerHTML).toContain('<a href="/first" class="byline">a</a>');
  });

  it('is patched in both of its builds, so npm install ran the postinstall step', () => {
    const require = createRequire(import.meta.url);
    const root = dirname(dirname(require.resolve('linkedom')));
    for (const build of ['cjs', 'esm']) {
      const source = readFileSync(join(root, build, 'interface', 'event-target.js'), 'utf8');
      expect(source, `linkedom/${build} is not patched: run npm install (its postinstall applies patches/)`).toContain(
        'if (!map) wm.set(this, map = new Map);',
      );
    }
  });

  it('still delivers events on a page DOM: listeners, property handlers, removal', () => {
    const { document } = parsePageDom(
      '<!DOCTYPE html><html><head></head><body><p id="p">x</p></body></html>',
      undefined,
    );
    const p = document.getElementById('p')!;
    const Event = document.defaultView!.Event;
    const seen: string[] = [];
    // Never listened to: removing a listener is a no-op, dispatching finds none.
    p.removeEventListener('ping', () => {});
    expect(p.dispatchEvent(new Event('ping'))).toBe(true);

    const onPing = () => seen.push('listener');
    p.addEventListener('ping', onPing);
    document.body.addEventListener('ping', () => seen.push('bubbled'));
    p.dispatchEvent(new Event('ping', { bubbles: true }));
    p.removeEventListener('ping', onPing);
    p.dispatchEvent(new Event('ping'));
    p.onclick = () => seen.push('onclick');
    p.click();
    expect(seen).toEqual(['listener', 'bubbled', 'onclick']);
  });
});
