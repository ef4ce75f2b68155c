import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sharedJsdomWindow } from './jsdom-window';
import { parseHtmlString } from './parsers/html';
import { parsePageDom } from './parsers/page-dom';
import { createSanitizer, sanitizeHtml, sanitizeHtmlWithText } from './sanitize-html';

/**
 * Markup that runs script or loads from the network when rendered, each paired with a readable
 * word that must survive (so a sanitizer that returns nothing would fail too). The mutation
 * vectors are the published DOMPurify bypasses (namespace confusion through math/svg/style,
 * noscript and comment parsing differences) that turned harmless-looking output into script once
 * a browser parsed it again.
 */
const VECTORS: Array<[name: string, html: string]> = [
  ['script', '<p>alpha</p><script>alert(1)</script>'],
  ['script with attributes', '<p>alpha</p><script src="https://x.example/a.js" async></script>'],
  ['img onerror', '<p>alpha<img src=x onerror=alert(1)></p>'],
  ['embedded img onerror', '<p>alpha<img src="data:image/png;base64,AAAA" onerror="alert(1)"></p>'],
  ['onclick', '<p onclick="alert(1)">alpha</p>'],
  ['onmouseover on a link', '<a href="https://example.org/" onmouseover="alert(1)">alpha</a>'],
  ['details ontoggle', '<details open ontoggle="alert(1)"><summary>alpha</summary></details>'],
  ['body onload', '<body onload="alert(1)"><p>alpha</p></body>'],
  ['javascript: link', '<a href="javascript:alert(1)">alpha</a>'],
  ['mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">alpha</a>'],
  ['entity-encoded javascript: link', '<a href="&#106;avascript&#58;alert(1)">alpha</a>'],
  ['javascript: link with a tab and spaces', '<a href="  java\tscript:alert(1)">alpha</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">alpha</a>'],
  ['data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">alpha</a>'],
  ['javascript: in img src', '<p>alpha<img src="javascript:alert(1)"></p>'],
  ['svg onload', '<p>alpha</p><svg onload="alert(1)"></svg>'],
  ['script inside svg', '<p>alpha</p><svg><script>alert(1)</script></svg>'],
  ['svg animate onbegin', '<p>alpha</p><svg><animate onbegin="alert(1)" attributeName="x" dur="1s"/></svg>'],
  ['svg xlink javascript', '<p>alpha</p><svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  [
    'math xlink javascript',
    '<p>alpha</p><math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  ],
  [
    'math mglyph style mutation (DOMPurify 2.0.0 bypass)',
    '<p>alpha</p><math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  ],
  [
    'form math mutation (DOMPurify 2.2.2 bypass)',
    '<p>alpha</p><form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  ],
  ['svg style comment mutation', '<p>alpha</p><svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['noscript mutation', '<p>alpha</p><noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['comment mutation', '<p>alpha</p><!--<img src=x onerror=alert(1)>-->'],
  ['template', '<p>alpha</p><template><script>alert(1)</script><img src=x onerror=alert(1)></template>'],
  ['iframe srcdoc', '<p>alpha</p><iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object and embed', '<p>alpha</p><object data="javascript:alert(1)"></object><embed src="https://x.example/f.swf">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>alpha</p>'],
  ['base href', '<base href="javascript:alert(1)//"><p>alpha</p>'],
  ['style url', '<p style="background:url(javascript:alert(1))">alpha</p>'],
  ['form action', '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">alpha</button></form>'],
  ['remote image', '<p>alpha<img src="https://tracker.example/p.gif" srcset="https://tracker.example/2.gif 2x"></p>'],
];

const RUNS_OR_LOADS = new Set([
  'SCRIPT',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'STYLE',
  'META',
  'BASE',
  'LINK',
  'FORM',
  'TEMPLATE',
  'NOSCRIPT',
]);

/** What a browser would build from the output: anything in it that runs script or loads a resource. */
function dangersIn(html: string): string[] {
  const doc = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (RUNS_OR_LOADS.has(el.tagName.toUpperCase())) found.push(`<${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      // URL parsers drop spaces and control characters, so "java\tscript:" is a script URL too.
      const value = Array.from(attr.value)
        .filter((c) => c > ' ')
        .join('')
        .toLowerCase();
      if (attr.name.startsWith('on')) found.push(`${attr.name}=`);
      if (attr.name === 'style') found.push('style=');
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attr.name)) {
        const safe = attr.name === 'href' ? /^(https?:|mailto:|#)/ : /^data:image\//;
        if (!safe.test(value)) found.push(`${attr.name}="${attr.value}"`);
      }
    }
  }
  return found;
}

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

  it.each(VECTORS)('comes out of the importer with %s stripped', (_name, dirty) => {
    const article = parseHtmlString(savedPage(dirty), { fileName: 'page.html', format: 'html' });
    expect(dangersIn(article.html)).toEqual([]);
    expect(article.text).not.toContain('alert');
  });
});
