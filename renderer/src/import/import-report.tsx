import type { ArticleId, ImportFileResult } from '../../../preload/api';
import type { ImportState } from './use-import';
import { ImportRow } from './import-row';

/** Counts of each status, for the report's header. */
function summarize(rows: ImportFileResult[]): string {
  const n = (s: ImportFileResult['status']) => rows.filter((r) => r.status === s).length;
  return [`${n('imported')} imported`, `${n('duplicate')} duplicate`, `${n('failed')} failed`].join(' · ');
}

/** The import report: progress while files are read, then one row per file with what happened. */
export function ImportReport({
  state,
  canRetry,
  onOpen,
  onRetry,
  onClose,
}: {
  state: ImportState;
  canRetry: (row: ImportFileResult) => boolean;
  onOpen: (id: ArticleId) => void;
  onRetry: (row: ImportFileResult, password?: string) => void;
  onClose: () => void;
}) {
  const { rows, progress, running, error } = state;
  return (
    <section className="import-report" data-testid="import-report" aria-label="Import report">
      <header className="import-report__head">
        <h2>{running ? 'Importing…' : 'Import report'}</h2>
        <span className="import-report__summary">{rows.length > 0 ? summarize(rows) : ''}</span>
        <button type="button" className="button button--small button--ghost" aria-label="Close import report" onClick={onClose}>
          ×
        </button>
      </header>
      {running || progress ? (
        <div className="import-report__progress">
          <progress
            data-testid="import-progress"
            max={progress?.total || 1}
            value={progress ? progress.done : undefined}
            aria-label="Import progress"
          />
          <span className="import-report__current">
            {progress ? `${progress.done} of ${progress.total}${progress.currentFile ? ` — ${progress.currentFile}` : ''}` : 'Reading files…'}
          </span>
        </div>
      ) : null}
      {error ? (
        <p className="import-report__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="import-report__rows">
        {rows.map((row) => (
          <ImportRow key={row.file} row={row} canRetry={canRetry(row)} onOpen={onOpen} onRetry={(password) => onRetry(row, password)} />
        ))}
      </ul>
    </section>
  );
}
