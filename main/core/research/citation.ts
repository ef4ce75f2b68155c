import type { Citation, QuoteId } from '../../../preload/api';
import type { StoredArticle } from '../../../db/articles';

/** The citation of a passage of this article, frozen when the quote is taken. */
export function buildCitation(article: StoredArticle): Citation {
  return {
    outlet: article.siteName,
    author: article.byline,
    headline: article.title,
    publishedAt: article.publishedAt,
    url: article.canonicalUrl ?? article.url,
    importedAt: article.source.importedAt,
    sha256: article.source.sha256,
    fileName: article.source.fileName,
  };
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
    formatDate(c.publishedAt) ?? 'undated',
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
