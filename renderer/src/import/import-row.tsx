import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import type { ArticleId, ImportFileResult } from '../../../preload/api';

const STATUS_KEY = {
  imported: 'import.statusImported',
  duplicate: 'import.statusDuplicateOpens',
  failed: 'import.statusFailed',
  skipped: 'import.statusSkipped',
} as const;

const SKIP_REASON_KEY = {
  folder: 'import.skipReason.folder',
  'system-file': 'import.skipReason.systemFile',
  hidden: 'import.skipReason.hidden',
  'too-deep': 'import.skipReason.tooDeep',
  'inline-image': 'import.skipReason.inlineImage',
  link: 'import.skipReason.link',
  'not-mail': 'import.skipReason.notMail',
} as const;

/** What a container's line says: "12 found: 10 imported, 1 duplicate, 1 failed, 0 skipped". */
function describeReport(report: NonNullable<ImportFileResult['report']>, t: TFunction): string {
  const counts = {
    found: report.found,
    imported: report.imported,
    duplicates: report.duplicates,
    failed: report.failed,
    skipped: report.skipped,
  };
  return report.incomplete
    ? t('import.containerReportIncomplete', { ...counts, message: report.incomplete.message })
    : t('import.containerReport', counts);
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
  const { t } = useTranslation();
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
          {row.status === 'skipped' && row.skipped
            ? t('import.statusSkippedBecause', { reason: t(SKIP_REASON_KEY[row.skipped]) })
            : t(STATUS_KEY[row.status])}
        </span>
        {row.member !== undefined ? (
          <span className="import-row__member" data-testid="import-member">
            {t('import.memberIn', { container: baseName(row.container ?? ''), member: row.member })}
          </span>
        ) : null}
        {row.report ? (
          <span className="import-row__report" data-testid="import-container-report">
            {describeReport(row.report, t)}
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
                placeholder={t('import.password')}
                aria-label={t('import.passwordFor', { file: baseName(row.file) })}
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
              {encrypted ? t('import.unlock') : t('common.retry')}
            </button>
          </form>
        ) : null}
      </div>
    </li>
  );
}

/** A file still being read: it holds its place in the report until its result arrives. */
export function PendingImportRow({ file }: { file: string }) {
  const { t } = useTranslation();
  return (
    <li className="import-row import-row--pending" data-testid="import-row" data-status="pending" data-file={file}>
      <span className="status-dot status-dot--pending" aria-hidden="true" />
      <div className="import-row__main">
        <span className="import-row__name" title={file}>
          {baseName(file)}
        </span>
        <span className="import-row__status">{t('import.waiting')}</span>
      </div>
    </li>
  );
}
