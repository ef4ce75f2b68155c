import { useTranslation } from 'react-i18next';
import type { ArticleId } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { useAsync } from '../ui/use-async';
import { NoteCard } from './note-card';

/** The notes of the article in the reader, with a button to add one. */
export function ArticleNotes({ articleId, libraryVersion }: { articleId: ArticleId; libraryVersion: number }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const notes = useAsync(() => client.listNotes({ articleId }), [client, articleId, libraryVersion]);
  return (
    <section className="research-panel" data-testid="article-notes" aria-label={t('notes.title')}>
      <div className="research-row">
        <h2 className="reader__section-title">{t('notes.title')}</h2>
        <button
          type="button"
          className="research-button"
          data-testid="note-add"
          onClick={() =>
            reportFailure(client.createNote({ articleId, body: '' }).then(notes.reload), t('notes.addWhat'))
          }
        >
          {t('notes.add')}
        </button>
      </div>
      {notes.error ? <p role="alert">{t('notes.loadFailed', { reason: notes.error })}</p> : null}
      {notes.value
        ?.slice()
        .sort((a, b) => a.id - b.id)
        .map((note) => (
          <NoteCard key={note.id} note={note} onDeleted={notes.reload} />
        ))}
    </section>
  );
}
