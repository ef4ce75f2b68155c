import { describe, expect, it } from 'vitest';
import { rewriteRawHtml } from './raw-html';

describe('rewriteRawHtml', () => {
  it('keeps links and harmless markup but drops handlers and styles', () => {
    expect(rewriteRawHtml('<a href="https://example.org/a" onclick="x()" style="color:red">a</a>')).toBe(
      '<a href="https://example.org/a">a</a>',
    );
    expect(rewriteRawHtml('<sub title=\'x "y"\'>2</sub> <br/> <kbd>Ctrl</kbd>')).toBe(
      '<sub title="x &quot;y&quot;">2</sub> <br /> <kbd>Ctrl</kbd>',
    );
    expect(rewriteRawHtml('<IMG SRC=x ONERROR=y\nStyle="width:1px">')).toBe('<img src="x">');
  });

  it('drops style and script elements with their content, and comments', () => {
    expect(rewriteRawHtml('a<style>p{color:red}</style>b<script>x()</script>c<!-- <p style="x"> -->d')).toBe('abcd');
    expect(rewriteRawHtml('a<SCRIPT>never closed <b onclick=x>')).toBe('a');
    expect(rewriteRawHtml('<svg><style>p{}</style><a onclick="x()">y</a></svg>z')).toBe('z');
  });

  it('turns anything that is not a strict tag into text, so no parser can read a handler from it', () => {
    expect(rewriteRawHtml('<img/src=x/onerror=y>')).toBe('&lt;img/src=x/onerror=y>');
    expect(rewriteRawHtml('<a href=x/onclick=y>t</a>')).toBe('&lt;a href=x/onclick=y>t</a>');
    expect(rewriteRawHtml('<!doctype html><?xml x?><![CDATA[<p style=x>]]>')).toBe(
      '&lt;!doctype html>&lt;?xml x?>&lt;![CDATA[<p>]]>',
    );
    expect(rewriteRawHtml('1 < 2 and <3')).toBe('1 &lt; 2 and &lt;3');
  });

  it('never outputs an attribute the page CSP would check or a tag it did not write', () => {
    const hostile = [
      '<div onmouseover="x()" ONCLICK=y style=a>t</div>',
      '<p\nonclick="x"\n>t</p>',
      '<a href="x" onclick=\'y\' target="_blank" ping="https://t">t</a>',
      '<b/onclick=x>t</b>',
      '<p style="a" style="b">t</p>',
    ].join('');
    const out = rewriteRawHtml(hostile);
    expect(out).not.toMatch(/<[^>]*\s(on\w+|style|target|ping)=/i);
    expect(out).toContain('<div>t</div><p>t</p><a href="x">t</a>&lt;b/onclick=x>t</b><p>t</p>');
  });

  it('drops <base>, <meta> and <link>, which the CSP checks as soon as they are parsed', () => {
    expect(
      rewriteRawHtml(
        'a<base href="https://canary.invalid/">b<meta http-equiv="refresh" content="0;url=x">c<link rel="stylesheet" href="x"></base>d',
      ),
    ).toBe('abcd');
  });
});
