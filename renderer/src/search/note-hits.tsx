import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import type { NoteHit } from '../../../preload/api';
import { useNavigation } from '../app/navigation';
import { sanitizeSnippet } from '../reader/sanitize-html';
import { revealNote } from './reveal-note';
import './note-hits.css';

/** Note hits shown before "Show all". */
const COLLAPSED_COUNT = 3;

/**
 * "In your notes": the reporter's notes that match the query, above the article hits. A note on
 * an article opens that article in the reader, where its notes are; a story note opens the
 * Notes view. Either way the note is scrolled into view.
 */
export function NoteHits({ hits, highlightTerms }: { hits: readonly NoteHit[]; highlightTerms: string[] }) {
  const { t } = useTranslation();
  const { openArticle, navigate } = useNavigation();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? hits : hits.slice(0, COLLAPSED_COUNT);
  const open = (hit: NoteHit) => {
    if (hit.articleId !== null) openArticle(hit.articleId, highlightTerms);
    else navigate({ kind: 'notes' });
    revealNote(hit.noteId);
  };
  return (
    <section className="note-hits" data-testid="note-hits" aria-label={t('search.inYourNotes')}>
      <h3 className="note-hits__title">{t('search.inYourNotes')}</h3>
      <ul className="note-hits__list">
        {shown.map((hit) => (
          <li key={hit.noteId}>
            <NoteHitButton hit={hit} onOpen={() => open(hit)} />
          </li>
        ))}
      </ul>
      {hits.length > COLLAPSED_COUNT ? (
        <button
          type="button"
          className="note-hits__more"
          data-testid="note-hits-more"
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? t('search.showFewerNotes') : t('search.showAllNotes', { count: hits.length })}
        </button>
      ) : null}
    </section>
  );
}

function NoteHitButton({ hit, onOpen }: { hit: NoteHit; onOpen: () => void }) {
  const { t } = useTranslation();
  const snippet = useMemo(() => sanitizeSnippet(hit.snippet), [hit.snippet]);
  return (
    <button
      type="button"
      className="note-hit"
      data-testid="note-hit"
      data-id={hit.noteId}
      data-article-id={hit.articleId ?? ''}
      onClick={onOpen}
    >
      <span className="note-hit__where">
        {hit.articleTitle !== null ? t('search.noteOn', { title: hit.articleTitle }) : t('notes.storyNote')}
      </span>
      {/* Sanitized above to text plus <mark>: the snippet's only markup. */}
      <span
        className="note-hit__snippet search-hit__snippet"
        data-testid="note-hit-snippet"
        dangerouslySetInnerHTML={{ __html: snippet }}
      />
    </button>
  );
}
