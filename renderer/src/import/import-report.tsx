import type { ArticleId, ImportFileResult } from '../../../preload/api';
import type { ImportState, ReportRow } from './use-import';
import { ImportRow, PendingImportRow } from './import-row';

/** The report's summary line: "12 imported, 1 duplicate, 2 failed" (and how many are still waiting). */
export function summarizeImport(rows: readonly ReportRow[]): string {
  // A container's own line is not a document: its members are counted instead.
  const n = (s: ReportRow['status']) =>
    rows.filter((r) => r.status === s && !(r.status !== 'pending' && r.containerId !== undefined)).length;
  const parts = [
    `${n('imported')} imported`,
    `${n('duplicate')} duplicate${n('duplicate') === 1 ? '' : 's'}`,
    `${n('failed')} failed`,
  ];
  const skipped = n('skipped');
  if (skipped > 0) parts.push(`${skipped} skipped`);
  const waiting = n('pending');
  return waiting > 0 ? `${parts.join(', ')}; ${waiting} waiting` : parts.join(', ');
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
  const { rows, progress, running, error } = state;
  return (
    <section className="import-report" data-testid="import-report" aria-label="Import report">
      <header className="import-report__head">
        <h2>{running ? 'Importing…' : 'Import report'}</h2>
        {running ? (
          <button type="button" className="button button--small" data-testid="import-cancel" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="button" className="button button--small" data-testid="import-close" onClick={onClose}>
          Close
        </button>
      </header>
      {rows.length > 0 ? (
        <p className="import-report__summary" data-testid="import-summary" role="status">
          {summarizeImport(rows)}
        </p>
      ) : null}
      {running || progress ? (
        <div className="import-report__progress">
          <progress
            data-testid="import-progress"
            max={progress?.total || 1}
            value={progress ? progress.done : undefined}
            aria-label="Import progress"
          />
          <span className="import-report__current">
            {progress
              ? `${progress.done} of ${progress.total}${progress.currentFile ? ` — ${progress.currentFile}` : ''}`
              : 'Reading files…'}
          </span>
        </div>
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
