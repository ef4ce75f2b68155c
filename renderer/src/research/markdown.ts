import { marked } from 'marked';
import { sanitizeArticleHtml } from '../reader/sanitize-html';

/**
 * Renders a note's Markdown for display: marked turns it into HTML, then the reader's sanitizer
 * removes scripts, handlers and styles and blocks remote images (no network, ever).
 */
export function renderMarkdown(markdown: string): DocumentFragment {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return sanitizeArticleHtml(html);
}
