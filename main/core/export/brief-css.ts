/** A CSS string literal: quotes, backslashes, newlines and "<" escaped, so user text cannot leave it. */
export function toCssString(text: string): string {
  return `"${text.replace(/[\\"\n\r<>]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/**
 * The brief's stylesheet. Print rules live here, not in Chromium's header/footer templates, so
 * the same running header and page numbers appear whether the PDF comes from Playwright,
 * Electron's printToPDF, or a reporter printing the HTML file from a browser.
 */
export function buildBriefCss(options: { title: string; pageSize: 'A4' | 'Letter'; pageOf?: string }): string {
  const title = toCssString(options.title);
  return `
@page {
  size: ${options.pageSize};
  margin: 20mm 18mm 22mm 18mm;
  @top-center { content: ${title}; font: 8.5pt "Noto Sans", sans-serif; color: #555; }
  @bottom-right { content: ${pageCounter(options.pageOf ?? 'Page {{page}} of {{pages}}')}; font: 8.5pt "Noto Sans", sans-serif; color: #555; }
}
@page :first { @top-center { content: none; } }
:root {
  font-family: "Noto Serif", "Noto Serif CJK SC", "Noto Naskh Arabic", "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", serif;
  font-size: 10.5pt; line-height: 1.45; color: #111; background: #fff;
}
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; }
h1, h2, h3 { font-family: "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", sans-serif; line-height: 1.2; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h2 { font-size: 15pt; border-bottom: 1px solid #999; padding-bottom: 2pt; margin: 0 0 0.5em; }
h3 { font-size: 11.5pt; margin: 1.1em 0 0.2em; }
section { margin-top: 1.8em; }
section.new-page { break-before: page; margin-top: 0; }
section.title-page { margin-top: 0; padding-bottom: 0.8em; border-bottom: 2px solid #333; }
.title-page h1 { font-size: 22pt; margin: 0 0 0.3em; }
.title-page p { margin: 0.15em 0; color: #333; }
article { break-inside: avoid; }
.meta { color: #444; font-size: 9.5pt; margin: 0.1em 0; }
.excerpt { margin: 0.3em 0; }
.tags span { display: inline-block; border: 1px solid #bbb; border-radius: 3px; padding: 0 4px; margin-right: 4px; font-size: 8.5pt; }
.note { border-left: 3px solid #c90; padding-left: 0.6em; margin: 0.4em 0; font-size: 9.5pt; }
.note p, .summary p { margin: 0.3em 0; }
.note :is(h4, h5, h6), .summary :is(h4, h5, h6) { font-size: 10.5pt; margin: 0.5em 0 0.2em; }
ol.quotes { padding-left: 0; list-style: none; }
ol.quotes li { margin: 0 0 0.9em; break-inside: avoid; }
blockquote { margin: 0; padding-left: 0.8em; border-left: 3px solid #333; font-style: italic; }
sup a, a.fnref { text-decoration: none; color: inherit; }
.footnotes { list-style: none; padding-left: 0; font-size: 9pt; border-top: 1px solid #999; margin-top: 1.2em; padding-top: 0.4em; }
.footnotes li { margin-bottom: 0.3em; overflow-wrap: anywhere; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { text-align: start; vertical-align: top; padding: 2pt 4pt; border-bottom: 1px solid #ddd; }
.date { white-space: nowrap; }
.timeline-figure { margin: 0 0 1em; break-inside: avoid; }
.timeline-figure svg { display: block; width: 100%; height: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.sources li { margin-bottom: 0.5em; break-inside: avoid; }
.sha { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 7.5pt; white-space: nowrap; }
a { color: #124; overflow-wrap: anywhere; }
@media screen { section { border-top: 2px dashed #ccc; padding-top: 1rem; margin-top: 2rem; } section.title-page { border-top: 0; padding-top: 0; margin-top: 0; } }
`;
}

/**
 * "Page {{page}} of {{pages}}" in the brief's language as CSS `content`: the words as quoted
 * strings, the numbers as the page counters (left as {{page}} and {{pages}} by the caller).
 */
function pageCounter(pageOf: string): string {
  return pageOf
    .split(/(\{\{pages\}\}|\{\{page\}\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : toCssString(part),
    )
    .join(' ');
}
