import { countWords, escapeHtml, makeExcerpt } from '../import/text-stats';

/** Pages are separated by a blank line in the article's text (as the PDF parser does). */
export const PAGE_SEPARATOR = '\n\n';

export interface PageText {
  page: number;
  text: string;
}

/** Where each page's text sits in the article's text (for "OCR text, page n" and highlighting). */
export function pageOffsets(pages: PageText[]): Array<PageText & { start: number; end: number }> {
  let at = 0;
  return pages.map((p, i) => {
    if (i > 0) at += PAGE_SEPARATOR.length;
    const start = at;
    at += p.text.length;
    return { ...p, start, end: at };
  });
}

/** The article's body from its finished pages, in page order: text, HTML (one section per page), words, excerpt. */
export function articleBody(pages: PageText[]): {
  text: string;
  html: string;
  wordCount: number;
  excerpt: string | null;
} {
  const text = pages.map((p) => p.text).join(PAGE_SEPARATOR);
  const html = pages
    .map(
      (p) =>
        `<section data-page="${p.page}">${p.text
          .split(/\n{2,}/)
          .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
          .join('')}</section>`,
    )
    .join('\n');
  return { text, html, wordCount: countWords(text), excerpt: text === '' ? null : makeExcerpt(text) };
}

/**
 * The first "strong" line of recognised text, to title a scan: a line of at least two words that
 * is mostly letters (not a page number, a stamp or OCR noise), cut at 200 characters.
 */
export function firstStrongLine(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    const letters = (line.match(/\p{L}/gu) ?? []).length;
    if (line.length >= 4 && countWords(line) >= 2 && letters >= line.replace(/ /g, '').length * 0.6)
      return line.slice(0, 200);
  }
  return null;
}
