import { useState } from 'react';
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
    <ModalDialog className="library-panel" testId="library-panel" label="Library file" onClose={onClose}>
      <h2 className="library-panel__title">Library file</h2>
      {info.status === 'error' ? (
        <ErrorBanner title="Could not read the library" message={info.error} onRetry={info.reload} />
      ) : null}
      {value === null ? (
        <p className="dialog__hint">Reading the library…</p>
      ) : (
        <dl className="library-panel__facts">
          <dt>File</dt>
          <dd data-testid="library-info-path" className="library-panel__path">
            {value.path}
          </dd>
          <dt>Size</dt>
          <dd data-testid="library-info-size">{formatBytes(value.stats.bytes)}</dd>
          <dt>Contents</dt>
          <dd data-testid="library-info-counts">
            {formatCount(value.stats.articles)} articles, {formatCount(value.stats.tags)} tags,{' '}
            {formatCount(value.stats.entities)} entities, {formatCount(value.stats.notes)} notes,{' '}
            {formatCount(value.stats.quotes)} quotes
          </dd>
          <dt>Versions</dt>
          <dd data-testid="library-info-versions">
            Schema {value.schemaVersion} · Dossier {value.appVersion}
          </dd>
        </dl>
      )}

      <section className="library-panel__backup" aria-label="Backup">
        <button
          type="button"
          className="button"
          data-testid="library-backup"
          onClick={backUpNow}
          disabled={backup.status === 'running'}
        >
          {backup.status === 'running' ? 'Backing up…' : 'Back up now'}
        </button>
        <p className="dialog__hint">A consistent copy goes into the “backups” folder next to the library file.</p>
        {backup.status === 'done' ? (
          <p className="library-panel__result" role="status" data-testid="library-backup-result">
            Backed up {formatCount(backup.backup.articles)} {backup.backup.articles === 1 ? 'article' : 'articles'} (
            {formatBytes(backup.backup.bytes)}) to{' '}
            <span className="library-panel__path" data-testid="library-backup-path">
              {backup.backup.path}
            </span>
          </p>
        ) : null}
        {backup.status === 'failed' ? (
          <ErrorBanner title="The backup failed" message={backup.message} onRetry={backUpNow} />
        ) : null}
      </section>

      <p className="dialog__hint" data-testid="library-restore-hint">
        {client.platform === 'desktop' ? (
          <>To restore a backup, use File › Restore from Backup…. The library you have now is kept beside it first.</>
        ) : (
          <>
            To restore, quit and run <code>dossier restore FILE</code>. The library you have now is kept beside it
            first. (A running server cannot swap the library it has open.)
          </>
        )}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
