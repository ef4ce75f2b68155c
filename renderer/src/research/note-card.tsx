import { useTranslation } from 'react-i18next';
import { useLayoutEffect, useRef, useState } from 'react';
import type { NoteSummary } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { formatDate } from '../ui/format';
import { renderMarkdown } from './markdown';
import { useGuardedLinks } from '../ui/guarded-links';
import { useAutosave, type SaveState } from './use-autosave';
import { NoteEventDate } from '../timeline/note-event-date';
import './research.css';

/** The autosave state as the note's corner says it (keys notes.saveState.<state>). */
function saveStateKey(state: SaveState): string {
  return `notes.saveState.${state}`;
}

/** A note's Markdown rendered safely (sanitized, no remote images, links shown but never followed). */
export function NotePreview({ body }: { body: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const links = useGuardedLinks();
  useLayoutEffect(() => {
    ref.current?.replaceChildren(renderMarkdown(body));
  }, [body]);
  return (
    <>
      <div ref={ref} className="note-preview reader-body" data-testid="note-preview" {...links.handlers} />
      {links.status}
    </>
  );
}

/**
 * One note: its rendered Markdown, or an editor that saves while typing. New (empty) notes
 * open in the editor.
 */
export function NoteCard({
  note,
  onDeleted,
  showArticle,
  onOpenArticle,
}: {
  note: NoteSummary;
  onDeleted: () => void;
  showArticle?: boolean;
  onOpenArticle?: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const [body, setBody] = useState(note.body);
  const [editing, setEditing] = useState(note.body === '');
  const autosave = useAutosave((value) => client.updateNote({ id: note.id, body: value }));

  return (
    <div className="note-card" data-testid="note-card" data-id={note.id}>
      <div className="note-card__meta">
        <span>
          {showArticle ? (
            note.articleId === null ? (
              t('notes.storyNote')
            ) : (
              <button type="button" className="research-button" data-testid="note-article" onClick={onOpenArticle}>
                {note.articleTitle ?? t('notes.articleNumber', { id: note.articleId })}
              </button>
            )
          ) : null}{' '}
          {formatDate(note.updatedAt)}
        </span>
        <span data-testid="note-status" data-state={autosave.state} title={autosave.error ?? undefined}>
          {t(saveStateKey(autosave.state))}
        </span>
      </div>
      {editing ? (
        <textarea
          data-testid="note-editor"
          data-id={note.id}
          aria-label={t('notes.editorLabel')}
          autoFocus={note.body === ''}
          value={body}
          placeholder={t('notes.editorPlaceholder')}
          onChange={(e) => {
            setBody(e.target.value);
            autosave.change(e.target.value);
          }}
          onBlur={autosave.flush}
        />
      ) : (
        <NotePreview body={body} />
      )}
      <div className="research-row">
        <NoteEventDate note={note} />
        <button
          type="button"
          className="research-button"
          data-testid="note-toggle"
          onClick={() => {
            if (editing) autosave.flush();
            setEditing(!editing);
          }}
        >
          {editing ? t('notes.done') : t('notes.edit')}
        </button>
        <button
          type="button"
          className="research-button research-button--danger"
          data-testid="note-delete"
          onClick={() => reportFailure(client.deleteNote({ id: note.id }).then(onDeleted), t('notes.deleteWhat'))}
        >
          {t('notes.delete')}
        </button>
      </div>
    </div>
  );
}
