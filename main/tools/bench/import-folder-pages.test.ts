import { describe, expect, it } from 'vitest';
import { templateOf, variantOf } from './import-folder-pages';

const PAGE = `<html><head><title>Nvidia export rules tighten</title>
<link rel="canonical" href="https://example.com/news/nvidia-rules">
<script>var keep = "untouched words here";</script></head>
<body><article><p>Washington announced tighter controls on advanced chips sold to China&nbsp;today.</p>
<p>Huawei said the measures would hurt customers and partners across several markets.</p></article></body></html>`;

const text = (html: string): string => html.replace(/<script[\s\S]*?<\/script>|<[^>]*>/g, ' ');

describe('the benchmark folder of distinct pages', () => {
  const template = templateOf(PAGE);

  it('gives every copy its own text, the same for the same seed', () => {
    const one = variantOf(template, 1);
    const two = variantOf(template, 2);
    expect(text(one)).not.toBe(text(two));
    expect(text(one)).not.toBe(text(PAGE));
    expect(variantOf(template, 1)).toBe(one);
  });

  it('keeps the markup, scripts, entities and capitalised names of the page', () => {
    const copy = variantOf(template, 7);
    expect(copy.match(/<[^>]*>/g)?.length).toBe(PAGE.match(/<[^>]*>/g)?.length);
    expect(copy).toContain('var keep = "untouched words here";');
    expect(copy).toContain('&nbsp;');
    for (const name of ['Washington', 'China', 'Huawei', 'Nvidia']) expect(copy).toContain(name);
  });

  it('gives every copy its own canonical address, so none is a duplicate of another', () => {
    expect(variantOf(template, 3)).toContain('href="https://example.com/news/nvidia-rules?copy=3"');
  });
});
