import type { ArticleId } from '../../../preload/api';
import type { Db } from '../../../db/open';
import { listOcrPages } from '../../../db/ocr';
import { pageOffsets } from './article-body';

/**
 * The OCR'd page a passage starts on (for its citation: "OCR text, page n"), or undefined when the
 * article's text did not come from OCR there (an ordinary article, or a mixed PDF's text-layer page).
 */
export function ocrPageAt(db: Db, articleId: ArticleId, offset: number): number | undefined {
  const pages = listOcrPages(db, articleId).filter((p) => p.status === 'done' && p.text !== '');
  if (pages.length === 0) return undefined;
  const placed = pageOffsets(pages).find((p) => offset >= p.start && offset < p.end);
  const page = placed && pages.find((p) => p.page === placed.page);
  return page?.source === 'ocr' ? page.page : undefined;
}
