import type { ArticleFormat } from '../../../preload/api';
import { sanitizeHtml } from '../import/sanitize-html';

/**
 * Formats whose markup the library keeps as extracted: a web page's article as Readability gave
 * it. Sanitizing it at import was about a sixth of the import's CPU (jsdom builds a second tree of
 * every article), and a reporter opens a few of the pages imported, so it is sanitized when it is
 * opened instead (a few ms a page). Every other format's markup is safe when stored: mails, Word
 * files and notes are sanitized by their importer (their text is read from the sanitized tree),
 * and PDFs and scans are written by Dossier from escaped text. Sanitizing those again at every
 * open would cost a long PDF a second or more (0.35 ms a KB on jsdom) for nothing.
 */
const KEPT_AS_EXTRACTED: ReadonlySet<ArticleFormat> = new Set<ArticleFormat>(['html', 'mhtml']);

/** The markup an article is shown with: what getArticle hands out, the one way markup leaves the core. */
export function markupToShow(format: ArticleFormat, storedHtml: string): string {
  return KEPT_AS_EXTRACTED.has(format) ? sanitizeHtml(storedHtml) : storedHtml;
}

/**
 * The markup to store for an article read from a library file, which may hold anything: kept as
 * the file holds it for a web page (sanitized when shown, as an imported page is), sanitized now
 * for any other format, whose markup the library holds safe.
 */
export function markupToStoreFromFile(format: ArticleFormat, html: string): string {
  return KEPT_AS_EXTRACTED.has(format) ? html : sanitizeHtml(html);
}
