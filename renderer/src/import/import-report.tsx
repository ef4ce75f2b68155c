import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ArticleId, ImportFileResult } from '../../../preload/api';
import type { ImportState, ReportRow } from './use-import';
import { ImportRow, PendingImportRow } from './import-row';
import { ImportOcrLanguages } from '../ocr/import-ocr-languages';

/** The report's summary line: "12 imported, 1 duplicate, 2 failed" (and how many are still waiting). */
export function summarizeImport(rows: readonly ReportRow[], t: TFunction): string {
  // A container's own line is not a document: its members are counted instead.
  const n = (s: ReportRow['status']) =>
    rows.filter((r) => r.status === s && !(r.status !== 'pending' && r.containerId !== undefined)).length;
  const skipped = n('skipped');
  const parts = {
    imported: t('import.imported', { count: n('imported') }),
    duplicates: t('import.duplicates', { count: n('duplicate') }),
    failed: t('import.failed', { count: n('failed') }),
    skipped: t('import.skipped', { count: skipped }),
  };
  const waiting = n('pending');
  if (skipped > 0) {
    return waiting > 0 ? t('import.summarySkippedWaiting', { ...parts, waiting }) : t('import.summarySkipped', parts);
  }
  return waiting > 0 ? t('import.summaryWaiting', { ...parts, waiting }) : t('import.summary', parts);
}

/** The import report: progress while files are read, then one row per file with what happened. */
export function ImportReport({
  state,
  canRetry,
  onOpen,
  onRetry,
  onCancel,
  onClose,
}: {
  state: ImportState;
  canRetry: (row: ImportFileResult) => boolean;
  onOpen: (id: ArticleId) => void;
  onRetry: (row: ImportFileResult, password?: string) => void;
  onCancel: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { rows, progress, running, error } = state;
  return (
    <section className="import-report" data-testid="import-report" aria-label={t('import.reportLabel')}>
      <header className="import-report__head">
        <h2>{running ? t('import.importing') : t('import.report')}</h2>
        {running ? (
          <button type="button" className="button button--small" data-testid="import-cancel" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        <button type="button" className="button button--small" data-testid="import-close" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      {rows.length > 0 ? (
        <p className="import-report__summary" data-testid="import-summary" role="status">
          {summarizeImport(rows, t)}
        </p>
      ) : null}
      {running || progress ? (
        <div className="import-report__progress">
          <progress
            data-testid="import-progress"
            max={progress?.total || 1}
            value={progress ? progress.done : undefined}
            aria-label={t('import.progressLabel')}
          />
          <span className="import-report__current">
            {progress
              ? progress.currentFile
                ? t('import.progressFile', { done: progress.done, total: progress.total, file: progress.currentFile })
                : t('import.progress', { done: progress.done, total: progress.total })
              : t('import.readingFiles')}
          </span>
        </div>
      ) : null}
      {!running && rows.length > 0 ? (
        <ImportOcrLanguages ids={rows.flatMap((r) => (r.status === 'imported' && r.id !== undefined ? [r.id] : []))} />
      ) : null}
      {error ? (
        <p className="import-report__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="import-report__rows">
        {rows.map((row) =>
          row.status === 'pending' ? (
            <PendingImportRow key={row.file} file={row.file} />
          ) : (
            <ImportRow
              key={row.file}
              row={row}
              canRetry={canRetry(row)}
              onOpen={onOpen}
              onRetry={(password) => onRetry(row, password)}
            />
          ),
        )}
      </ul>
    </section>
  );
}
