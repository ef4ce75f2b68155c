import { JSDOM } from 'jsdom';

/**
 * Markup that runs script or loads from the network when rendered, each paired with a readable
 * word that must survive (so a sanitizer that returns nothing would fail too). The mutation
 * vectors are the published DOMPurify bypasses (namespace confusion through math/svg/style,
 * noscript and comment parsing differences) that turned harmless-looking output into script once
 * a browser parsed it again.
 */
export const VECTORS: Array<[name: string, html: string]> = [
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
export function dangersIn(html: string): string[] {
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
