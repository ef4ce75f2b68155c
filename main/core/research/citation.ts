import { isDocumentDateSource, type Citation, type QuoteId } from '../../../preload/api';
import type { StoredArticle } from '../../../db/articles';

/** The citation of a passage of this article, frozen when the quote is taken. */
export function buildCitation(article: StoredArticle): Citation {
  return {
    outlet: article.siteName,
    author: article.byline,
    headline: article.title,
    publishedAt: article.publishedAt,
    publishedAtSource: article.publishedAtSource,
    url: article.canonicalUrl ?? article.url,
    importedAt: article.source.importedAt,
    sha256: article.source.sha256,
    fileName: article.source.fileName,
  };
}

/**
 * The citation's article fields brought up to the article's corrected metadata (when the reporter
 * fixes a title or a date, the quotes already taken must not keep citing the wrong one). Where the
 * file came from and when it was collected stay as they were.
 */
export function refreshCitation(citation: Citation, article: StoredArticle): Citation {
  return {
    ...citation,
    outlet: article.siteName,
    author: article.byline,
    headline: article.title,
    publishedAt: article.publishedAt,
    publishedAtSource: article.publishedAtSource,
  };
}

/**
 * How a date is cited: a file's own date (PDF or Word properties: the day it was made or saved,
 * not necessarily the story's) is a "document date", never passed off as the publication date.
 */
export function describeCitedDate(c: Pick<Citation, 'publishedAt' | 'publishedAtSource'>): string {
  const day = formatDate(c.publishedAt);
  if (day === null) return 'undated';
  return isDocumentDateSource(c.publishedAtSource) ? `document date ${day}` : day;
}

/** "2024-05-01" from an ISO date or date-time; unparseable values are kept as they are. */
function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(iso);
  return m ? m[0] : iso;
}

/** Author, "Headline", Outlet, date: the part both formats share. */
function describeSource(c: Citation, italicOutlet: boolean): string {
  const parts = [
    c.author,
    `“${c.headline}”`,
    c.outlet && (italicOutlet ? `*${c.outlet}*` : c.outlet),
    describeCitedDate(c),
    c.ocrPage !== undefined ? `OCR text, page ${c.ocrPage}` : null,
  ];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}

function describeProvenance(c: Citation): string {
  return `Imported ${formatDate(c.importedAt)} from ${c.fileName} (sha256 ${c.sha256}).`;
}

/**
 * The citation as plain text (the quote, then its source) and as Markdown (a block quote with
 * a footnote named after the quote id, so several can sit in one document).
 */
export function formatCitation(id: QuoteId, exact: string, c: Citation): { plain: string; markdown: string } {
  const passage = exact.replace(/\s+/g, ' ').trim();
  const url = c.url ? ` ${c.url}.` : '';
  const plain = `“${passage}” — ${describeSource(c, false)}.${url} ${describeProvenance(c)}`;
  const mdUrl = c.url ? ` <${c.url}>.` : '';
  const markdown = `> ${passage}[^q${id}]\n\n[^q${id}]: ${describeSource(c, true)}.${mdUrl} ${describeProvenance(c)}`;
  return { plain, markdown };
}
