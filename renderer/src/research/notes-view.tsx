import { useTranslation } from 'react-i18next';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { useNavigation } from '../app/navigation';
import { EmptyState } from '../ui/empty-state';
import { useAsync } from '../ui/use-async';
import { NoteCard } from './note-card';
import './research.css';

/** Every note of the library, newest change first, with story notes that belong to no article. */
export function NotesView() {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const { openArticle } = useNavigation();
  // Not refreshed on every library change: notes being typed here must not be re-rendered away.
  const notes = useAsync(() => client.listNotes({}), [client]);
  return (
    <div className="research-view view-notes" data-testid="view-notes">
      <div className="research-row">
        <h2 className="list-pane__title">{t('notes.title')}</h2>
        <button
          type="button"
          className="research-button research-button--primary"
          data-testid="note-new"
          onClick={() => reportFailure(client.createNote({ body: '' }).then(notes.reload), t('notes.createWhat'))}
        >
          {t('notes.newStoryNote')}
        </button>
      </div>
      {notes.error ? <p role="alert">{t('notes.loadFailed', { reason: notes.error })}</p> : null}
      {notes.value?.length === 0 ? (
        <EmptyState testId="notes-empty" title={t('notes.empty')} hint={t('notes.emptyHint')} />
      ) : null}
      {notes.value?.map((note) => (
        <NoteCard
          key={note.id}
          note={note}
          showArticle
          onDeleted={notes.reload}
          onOpenArticle={() => note.articleId !== null && openArticle(note.articleId)}
        />
      ))}
    </div>
  );
}
