import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { LibraryBackup } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';
import { ErrorBanner } from '../ui/error-banner';
import { formatBytes, formatCount } from '../ui/format';
import { ModalDialog } from '../ui/modal-dialog';
import { useAsync } from '../ui/use-async';
import './library-file.css';

type BackupState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; backup: LibraryBackup }
  | { status: 'failed'; message: string };

/**
 * The library file: where it is, what is in it, which versions wrote and read it, and a
 * "Back up now" that writes a checked copy into the `backups` folder beside it (the core picks
 * the place; the page never names a path). Restoring replaces the open file, so it happens
 * where the library can be closed first: the desktop menu, or the CLI with the server stopped.
 */
export function LibraryPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const info = useAsync(() => client.getLibraryInfo(), [client]);
  const [backup, setBackup] = useState<BackupState>({ status: 'idle' });

  const backUpNow = () => {
    setBackup({ status: 'running' });
    client.backupLibrary().then(
      (made) => {
        setBackup({ status: 'done', backup: made });
        info.reload();
      },
      (err: unknown) => setBackup({ status: 'failed', message: describeError(err) }),
    );
  };

  const value = info.value;
  return (
    <ModalDialog className="library-panel" testId="library-panel" label={t('libraryFile.title')} onClose={onClose}>
      <h2 className="library-panel__title">{t('libraryFile.title')}</h2>
      {info.status === 'error' ? (
        <ErrorBanner title={t('libraryFile.readFailed')} message={info.error} onRetry={info.reload} />
      ) : null}
      {value === null ? (
        <p className="dialog__hint">{t('libraryFile.reading')}</p>
      ) : (
        <dl className="library-panel__facts">
          <dt>{t('libraryFile.file')}</dt>
          <dd data-testid="library-info-path" className="library-panel__path">
            {value.path}
          </dd>
          <dt>{t('libraryFile.size')}</dt>
          <dd data-testid="library-info-size">{formatBytes(value.stats.bytes)}</dd>
          <dt>{t('libraryFile.contents')}</dt>
          <dd data-testid="library-info-counts">
            {t('libraryFile.counts', {
              articles: t('libraryFile.articles', {
                count: value.stats.articles,
                n: formatCount(value.stats.articles),
              }),
              tags: t('libraryFile.tags', { count: value.stats.tags, n: formatCount(value.stats.tags) }),
              entities: t('libraryFile.entities', {
                count: value.stats.entities,
                n: formatCount(value.stats.entities),
              }),
              notes: t('libraryFile.notes', { count: value.stats.notes, n: formatCount(value.stats.notes) }),
              quotes: t('libraryFile.quotes', { count: value.stats.quotes, n: formatCount(value.stats.quotes) }),
            })}
          </dd>
          <dt>{t('libraryFile.versions')}</dt>
          <dd data-testid="library-info-versions">
            {t('libraryFile.versionsValue', { schema: value.schemaVersion, app: value.appVersion })}
          </dd>
        </dl>
      )}

      <section className="library-panel__backup" aria-label={t('libraryFile.backup')}>
        <button
          type="button"
          className="button"
          data-testid="library-backup"
          onClick={backUpNow}
          disabled={backup.status === 'running'}
        >
          {backup.status === 'running' ? t('libraryFile.backingUp') : t('libraryFile.backUpNow')}
        </button>
        <p className="dialog__hint">{t('libraryFile.backupHint')}</p>
        {backup.status === 'done' ? (
          <p className="library-panel__result" role="status" data-testid="library-backup-result">
            <Trans
              i18nKey="libraryFile.backedUp"
              count={backup.backup.articles}
              values={{
                n: formatCount(backup.backup.articles),
                size: formatBytes(backup.backup.bytes),
                path: backup.backup.path,
              }}
              components={{ path: <span className="library-panel__path" data-testid="library-backup-path" /> }}
            />
          </p>
        ) : null}
        {backup.status === 'failed' ? (
          <ErrorBanner title={t('libraryFile.backupFailed')} message={backup.message} onRetry={backUpNow} />
        ) : null}
      </section>

      <p className="dialog__hint" data-testid="library-restore-hint">
        {client.platform === 'desktop' ? (
          t('libraryFile.restoreDesktop')
        ) : (
          <Trans i18nKey="libraryFile.restoreBrowser" components={{ code: <code /> }} />
        )}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
