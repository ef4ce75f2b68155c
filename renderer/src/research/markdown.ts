import { Marked, type Tokens } from 'marked';
import { sanitizeArticleHtml } from '../reader/sanitize-html';
import { rewriteRawHtml } from './raw-html';

/**
 * Notes' Markdown. Raw HTML in a note is kept (a pasted <sub> or <kbd> still shows) but
 * rewritten before any parser sees it, so no handler or style reaches even an inert document
 * (each would be a CSP violation report); marked's own output is markup it writes itself.
 */
const notesMarked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return rewriteRawHtml(text);
    },
  },
});

/**
 * Renders a note's Markdown for display: marked turns it into HTML, then the reader's sanitizer
 * removes scripts, handlers and styles and blocks remote images (no network, ever).
 */
export function renderMarkdown(markdown: string): DocumentFragment {
  const html = notesMarked.parse(markdown, { async: false });
  return sanitizeArticleHtml(html);
}
