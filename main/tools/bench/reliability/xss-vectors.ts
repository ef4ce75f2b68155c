/**
 * XSS vectors for the hostile-pages part. In each template, JS is replaced by a call of the
 * canary (`__xss('ID')`, a binding the suite exposes in every frame) and REMOTE by an address
 * off loopback that names the vector (`http://canary.invalid/ID`), so an execution or an
 * outside request says which vector caused it.
 */
export interface XssVector {
  id: string;
  kind: string;
  html: string;
}

const TEMPLATES: [kind: string, html: string][] = [
  ['script', '<script>JS</script>'],
  ['script', '<script src="REMOTE.js"></script>'],
  ['script', '<SCRIPT>JS</SCRIPT>'],
  ['script', '<script type="module">JS</script>'],
  ['script', '<scr<script>ipt>JS</scr</script>ipt>'],
  ['handler', '<img src=x onerror="JS">'],
  ['handler', '<img src="x" onerror=JS//>'],
  ['handler', '<svg onload="JS"></svg>'],
  ['handler', '<body onload="JS">'],
  ['handler', '<div onmouseover="JS" style="position:fixed;inset:0">hover</div>'],
  ['handler', '<input autofocus onfocus="JS">'],
  ['handler', '<details open ontoggle="JS"><summary>x</summary></details>'],
  ['handler', '<video><source onerror="JS"></video>'],
  ['handler', '<audio src=x onerror="JS"></audio>'],
  ['handler', '<marquee onstart="JS">m</marquee>'],
  ['handler', '<select autofocus onfocus="JS"></select>'],
  ['handler', '<textarea autofocus onfocus="JS"></textarea>'],
  ['handler', '<iframe onload="JS"></iframe>'],
  ['handler', '<object data="x" onerror="JS"></object>'],
  ['handler', '<a onclick="JS" href="#">click me</a>'],
  ['javascript-url', '<a href="javascript:JS">js link</a>'],
  ['javascript-url', '<a href="JaVaScRiPt:JS">mixed case</a>'],
  ['javascript-url', '<a href="&#106;avascript:JS">entity encoded</a>'],
  ['javascript-url', '<a href=" javascript:JS">leading space</a>'],
  ['javascript-url', '<a href="java&#x09;script:JS">tab inside</a>'],
  ['javascript-url', '<iframe src="javascript:JS"></iframe>'],
  ['javascript-url', '<form action="javascript:JS"><button>go</button></form>'],
  ['javascript-url', '<button formaction="javascript:JS">go</button>'],
  ['javascript-url', '<embed src="javascript:JS">'],
  ['data-url', '<a href="data:text/html,<script>JS</script>">data link</a>'],
  ['data-url', '<iframe src="data:text/html,<script>JS</script>"></iframe>'],
  ['data-url', '<object data="data:text/html;base64,PHNjcmlwdD5KUzwvc2NyaXB0Pg=="></object>'],
  ['data-url', '<script src="data:text/javascript,JS"></script>'],
  ['svg', '<svg><script>JS</script></svg>'],
  ['svg', '<svg><a xlink:href="javascript:JS"><text x="20" y="20">svg link</text></a></svg>'],
  ['svg', '<svg><animate onbegin="JS" attributeName="x" dur="1s"/></svg>'],
  ['svg', '<svg><set attributeName="onmouseover" to="JS"/></svg>'],
  ['svg', '<svg><foreignObject><img src=x onerror="JS"></foreignObject></svg>'],
  ['svg', '<svg><style><img src=x onerror="JS"></style></svg>'],
  ['mathml', '<math><mtext><table><mglyph><style><img src=x onerror="JS"></style></mglyph></table></mtext></math>'],
  ['mathml', '<math><mi xlink:href="javascript:JS">math link</mi></math>'],
  [
    'mathml',
    '<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><textarea><a title="</textarea><img src=x onerror=JS>">',
  ],
  ['mutation', '<noscript><p title="</noscript><img src=x onerror=JS>"></noscript>'],
  ['mutation', '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="JS">'],
  ['mutation', '<svg></p><style><a id="</style><img src=x onerror=JS>">'],
  ['mutation', '<xmp><img src=x onerror="JS"></xmp>'],
  ['mutation', '<listing>&lt;img src=x onerror="JS"&gt;</listing>'],
  ['srcdoc', '<iframe srcdoc="<script>JS</script>"></iframe>'],
  ['srcdoc', '<iframe srcdoc="&lt;img src=x onerror=JS&gt;"></iframe>'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:JS">'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=REMOTE">'],
  ['base', '<base href="REMOTE/"><img src="relative.png">'],
  ['base', '<base href="javascript:JS//"><a href="x">base link</a>'],
  ['css', '<div style="background:url(REMOTE.png)">css bg</div>'],
  ['css', '<style>@import "REMOTE.css";</style>'],
  ['css', '<style>body{background-image:url("REMOTE.png")}</style>'],
  ['css', '<div style="width:expression(JS)">ie expression</div>'],
  ['css', '<link rel="stylesheet" href="REMOTE.css">'],
  ['template', '<template><img src=x onerror="JS"></template>'],
  ['template', '<template shadowrootmode="open"><img src=x onerror="JS"></template>'],
  ['remote', '<img src="REMOTE.png">'],
  ['remote', '<img srcset="REMOTE.png 1x">'],
  ['remote', '<picture><source srcset="REMOTE.webp"><img src="x.png"></picture>'],
  ['remote', '<video poster="REMOTE.jpg"></video>'],
  ['remote', '<iframe src="REMOTE"></iframe>'],
  ['remote', '<link rel="prefetch" href="REMOTE">'],
  ['ping', '<a href="#" ping="REMOTE">ping link</a>'],
  ['ping', '<a href="REMOTE" ping="REMOTE/ping">ping remote</a>'],
  ['misc', '<object data="REMOTE.swf"></object>'],
  ['misc', '<isindex type=image src=1 onerror="JS">'],
  ['misc', '<img src="x` `<script>JS</script>"` `>'],
  ['misc', '"><script>JS</script>'],
  ['misc', "'><img src=x onerror=JS>"],
  ['misc', '</title><script>JS</script>'],
  ['misc', '</textarea><script>JS</script>'],
];

export function xssVectors(): XssVector[] {
  return TEMPLATES.map(([kind, html], i) => {
    const id = `v${String(i).padStart(2, '0')}`;
    return {
      id,
      kind,
      html: html.replaceAll('JS', `__xss('${id}')`).replaceAll('REMOTE', `http://canary.invalid/${id}`),
    };
  });
}

/** The vector id a canary call or an outside request names, if any. */
export function vectorIdIn(text: string): string | undefined {
  return /\bv\d\d\b/.exec(text)?.[0];
}
