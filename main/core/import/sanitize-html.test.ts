import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize-html';

describe('sanitizeHtml', () => {
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
