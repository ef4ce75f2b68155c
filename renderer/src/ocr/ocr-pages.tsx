import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleId, ArticleOcr, OcrPage } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { formatCount } from '../ui/format';
import { useAsync } from '../ui/use-async';
import { useReportFailure } from '../ui/use-report-failure';
import { ReaderBody } from '../reader/reader-body';
import { ocrLanguagesLabel } from './ocr-languages-picker';
import { OcrPageImage } from './page-image';

/**
 * The reader's state line for a scan: text pending (page n of m), no text found, failed,
 * cancelled; with "Stop reading" while pages wait (the pages read so far are kept) and "Read
 * again" once stopped or failed.
 */
function OcrStatusLine({ ocr, onChanged }: { ocr: ArticleOcr; onChanged: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const [busy, setBusy] = useState(false);
  let text: string | null = null;
  if (ocr.status === 'pending')
    text = t('ocr.pending', { done: ocr.ocrPagesFinished, total: ocr.ocrPages, count: ocr.ocrPages });
  else if (ocr.note === 'no-text') text = t('ocr.noText');
  else if (ocr.status === 'failed') text = t('ocr.failed');
  else if (ocr.status === 'cancelled') text = t('ocr.cancelled');
  if (text === null) return null;
  const act = (work: () => Promise<unknown>, what: string): void => {
    setBusy(true);
    reportFailure(
      work().finally(() => {
        setBusy(false);
        onChanged();
      }),
      what,
    );
  };
  return (
    <div className={`ocr-status ocr-status--${ocr.status}`}>
      <p className="ocr-status__text" role="status" data-testid="ocr-status">
        {text}
      </p>
      {ocr.status === 'pending' ? (
        <button
          type="button"
          className="button"
          data-testid="ocr-cancel"
          disabled={busy}
          onClick={() => act(() => client.cancelOcr({ id: ocr.articleId }), t('ocr.cancelFailed'))}
        >
          {t('ocr.cancel')}
        </button>
      ) : ocr.status === 'cancelled' || ocr.status === 'failed' ? (
        <button
          type="button"
          className="button"
          data-testid="ocr-retry"
          disabled={busy}
          onClick={() => act(() => client.retryOcr({ id: ocr.articleId }), t('ocr.retryFailed'))}
        >
          {t('ocr.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** One scanned page beside its text: the image (the search's words boxed on it), its label and flags. */
function OcrPageFigure({
  articleId,
  page,
  total,
  terms,
  jobLanguages,
}: {
  articleId: ArticleId;
  page: OcrPage;
  total: number;
  terms: readonly string[];
  /** The languages chosen for the scan; a page read in more (another script found on it) says so. */
  jobLanguages: string;
}) {
  const { t } = useTranslation();
  return (
    // On the grid row of the page's text (reader-body.tsx puts the page's section there too).
    <div className="ocr-page" style={{ gridRow: page.page }} data-testid="ocr-page" data-page={page.page}>
      <p className="ocr-page__label">
        {t('ocr.pageLabel', { page: page.page, total })}
        {page.confidence !== null
          ? ` · ${t('ocr.confidence', { value: formatCount(Math.round(page.confidence)) })}`
          : ''}
      </p>
      <OcrPageImage
        articleId={articleId}
        page={page}
        terms={terms}
        version={`${page.status}:${page.rotation}:${page.image?.width ?? 0}`}
      />
      {page.lowQuality ? (
        <p className="ocr-page__flag" role="note" data-testid="ocr-low-quality">
          {t('ocr.lowQuality')}
        </p>
      ) : null}
      {page.status === 'done' && page.language !== null && page.language !== jobLanguages ? (
        <p className="ocr-page__pending" data-testid="ocr-other-script">
          {t('ocr.otherScript', { languages: ocrLanguagesLabel(page.language, t) })}
        </p>
      ) : null}
      {page.status === 'pending' ? <p className="ocr-page__pending">{t('ocr.pagePending')}</p> : null}
      {page.status === 'failed' ? (
        <p className="ocr-page__flag">{t('ocr.pageFailed', { reason: page.error ?? '' })}</p>
      ) : null}
      {page.status === 'done' && page.text === '' ? <p className="ocr-page__pending">{t('ocr.pageNoText')}</p> : null}
    </div>
  );
}

/**
 * An OCR'd article's body: each page image beside the text read from it. The text is shown once,
 * by the reader's body (where search words, entities and quotes are marked and quotes are made,
 * against the article's text); the images sit on the same grid rows as the body's page sections.
 */
export function OcrPages({
  articleId,
  terms,
  libraryVersion,
  body,
}: {
  articleId: ArticleId;
  terms: readonly string[];
  libraryVersion: number;
  body: Omit<ComponentProps<typeof ReaderBody>, 'pages' | 'terms'>;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const state = useAsync(() => client.getArticleOcr({ id: articleId }), [client, articleId, libraryVersion]);
  // While a page is being stored the previous state stays shown: the pages fill in, never flicker.
  const ocr = state.value;
  const scanned = ocr?.pageList.filter((p) => p.source === 'ocr') ?? [];
  return (
    <section className="ocr-pages" aria-label={t('ocr.pagesLabel')} data-testid="ocr-pages">
      {ocr ? <OcrStatusLine ocr={ocr} onChanged={state.reload} /> : null}
      <ReaderBody
        {...body}
        terms={terms}
        {...(ocr && scanned.length > 0
          ? {
              pages: {
                aside: scanned.map((page) => (
                  <OcrPageFigure
                    key={page.page}
                    articleId={articleId}
                    page={page}
                    total={ocr.pages}
                    terms={terms}
                    jobLanguages={ocr.languages}
                  />
                )),
                // The body holds one section per page with text, in page order (article-body.ts, parsers/pdf.ts).
                sectionRows: ocr.pageList.filter((p) => p.status === 'done' && p.text !== '').map((p) => p.page),
              },
            }
          : {})}
      />
    </section>
  );
}
