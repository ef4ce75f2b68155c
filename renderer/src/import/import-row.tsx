import { useState } from 'react';
import type { ArticleId, ImportFileResult } from '../../../preload/api';

const STATUS_LABEL = {
  imported: 'Imported',
  duplicate: 'Already in library',
  failed: 'Failed',
  skipped: 'Skipped',
} as const;

const SKIP_REASON = {
  folder: 'a folder',
  'system-file': 'a file the operating system added',
  'too-deep': 'an archive nested too deep',
  'inline-image': 'an image shown in the message',
  link: 'a link, not a file',
} as const;

/** What a container's line says: "12 found: 10 imported, 1 duplicate, 1 failed, 0 skipped". */
function describeReport(report: NonNullable<ImportFileResult['report']>): string {
  const base = `${report.found} found: ${report.imported} imported, ${report.duplicates} duplicate, ${report.failed} failed, ${report.skipped} skipped`;
  return report.incomplete ? `${base}. ${report.incomplete.message}` : base;
}

/** The file name without the folders in front of it. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** One file in the import report: open it, open the existing copy, or see why it failed and retry. */
export function ImportRow({
  row,
  canRetry,
  onOpen,
  onRetry,
}: {
  row: ImportFileResult;
  canRetry: boolean;
  onOpen: (id: ArticleId) => void;
  onRetry: (password?: string) => void;
}) {
  const [password, setPassword] = useState('');
  const target = row.status === 'imported' ? row.id : row.status === 'duplicate' ? row.duplicateOf : undefined;
  const encrypted = row.status === 'failed' && row.error?.code === 'ENCRYPTED';

  return (
    <li
      className={`import-row import-row--${row.status}`}
      data-testid="import-row"
      data-status={row.status}
      data-code={row.error?.code}
      data-file={row.file}
    >
      <span className={`status-dot status-dot--${row.status}`} aria-hidden="true" />
      <div className="import-row__main">
        {target !== undefined ? (
          <button type="button" className="import-row__open" onClick={() => onOpen(target)} title={row.file}>
            {row.title ?? baseName(row.file)}
          </button>
        ) : (
          <span className="import-row__name" title={row.file}>
            {baseName(row.member ?? row.file)}
          </span>
        )}
        <span className="import-row__status">
          {STATUS_LABEL[row.status]}
          {row.status === 'duplicate' ? ' — opens the existing article' : ''}
          {row.status === 'skipped' && row.skipped ? ` — ${SKIP_REASON[row.skipped]}` : ''}
        </span>
        {row.member !== undefined ? (
          <span className="import-row__member" data-testid="import-member">
            in {baseName(row.container ?? '')}: {row.member}
          </span>
        ) : null}
        {row.report ? (
          <span className="import-row__report" data-testid="import-container-report">
            {describeReport(row.report)}
          </span>
        ) : null}
        {row.status === 'failed' && row.error ? (
          <span className="import-row__error" data-testid="import-error">
            {row.error.message}
          </span>
        ) : null}
        {row.status === 'failed' && canRetry ? (
          <form
            className="import-row__retry"
            onSubmit={(event) => {
              event.preventDefault();
              onRetry(encrypted && password ? password : undefined);
            }}
          >
            {encrypted ? (
              <input
                type="password"
                className="input input--small"
                data-testid="import-password"
                placeholder="Password"
                aria-label={`Password for ${baseName(row.file)}`}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            ) : null}
            <button
              type="submit"
              className="button button--small"
              data-testid="import-retry"
              disabled={encrypted && !password}
            >
              {encrypted ? 'Unlock' : 'Retry'}
            </button>
          </form>
        ) : null}
      </div>
    </li>
  );
}

/** A file still being read: it holds its place in the report until its result arrives. */
export function PendingImportRow({ file }: { file: string }) {
  return (
    <li className="import-row import-row--pending" data-testid="import-row" data-status="pending" data-file={file}>
      <span className="status-dot status-dot--pending" aria-hidden="true" />
      <div className="import-row__main">
        <span className="import-row__name" title={file}>
          {baseName(file)}
        </span>
        <span className="import-row__status">Waiting…</span>
      </div>
    </li>
  );
}
