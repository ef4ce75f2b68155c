import { useTranslation } from 'react-i18next';
import type { ArticleId, ArticleOcr } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { formatCount } from '../ui/format';
import { useAsync } from '../ui/use-async';
import { OcrPageImage } from './page-image';

/** The reader's state line for a scan: text pending (page n of m), no text found, failed, cancelled. */
function OcrStatusLine({ ocr }: { ocr: ArticleOcr }) {
  const { t } = useTranslation();
  let text: string | null = null;
  if (ocr.status === 'pending')
    text = t('ocr.pending', { done: ocr.ocrPagesFinished, total: ocr.ocrPages, count: ocr.ocrPages });
  else if (ocr.note === 'no-text') text = t('ocr.noText');
  else if (ocr.status === 'failed') text = t('ocr.failed');
  else if (ocr.status === 'cancelled') text = t('ocr.cancelled');
  if (text === null) return null;
  return (
    <p className={`ocr-status ocr-status--${ocr.status}`} role="status" data-testid="ocr-status">
      {text}
    </p>
  );
}

/**
 * An OCR'd article's pages: each page image (the search's words boxed on it) beside the text read
 * from it, with the page's flags. The article's text below stays the one quotes anchor to.
 */
export function OcrPages({
  articleId,
  terms,
  libraryVersion,
}: {
  articleId: ArticleId;
  terms: readonly string[];
  libraryVersion: number;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const state = useAsync(() => client.getArticleOcr({ id: articleId }), [client, articleId, libraryVersion]);
  // While a page is being stored the previous state stays shown: the pages fill in, never flicker.
  const ocr = state.value;
  if (!ocr) return null;
  return (
    <section className="ocr-pages" aria-label={t('ocr.pagesLabel')} data-testid="ocr-pages">
      <OcrStatusLine ocr={ocr} />
      {ocr.pageList
        .filter((p) => p.source === 'ocr')
        .map((page) => (
          <div className="ocr-page" key={page.page} data-testid="ocr-page" data-page={page.page}>
            <OcrPageImage
              articleId={articleId}
              page={page}
              terms={terms}
              version={`${page.status}:${page.rotation}:${page.image?.width ?? 0}`}
            />
            <div className="ocr-page__text">
              <p className="ocr-page__label">
                {t('ocr.pageLabel', { page: page.page, total: ocr.pages })}
                {page.confidence !== null
                  ? ` · ${t('ocr.confidence', { value: formatCount(Math.round(page.confidence)) })}`
                  : ''}
              </p>
              {page.lowQuality ? (
                <p className="ocr-page__flag" role="note" data-testid="ocr-low-quality">
                  {t('ocr.lowQuality')}
                </p>
              ) : null}
              {page.status === 'pending' ? <p className="ocr-page__pending">{t('ocr.pagePending')}</p> : null}
              {page.status === 'failed' ? (
                <p className="ocr-page__flag">{t('ocr.pageFailed', { reason: page.error ?? '' })}</p>
              ) : null}
              {page.status === 'done' && page.text === '' ? <p>{t('ocr.pageNoText')}</p> : null}
              {page.text !== '' ? <p className="ocr-page__body">{page.text}</p> : null}
            </div>
          </div>
        ))}
    </section>
  );
}
