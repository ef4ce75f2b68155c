import { useTranslation } from 'react-i18next';
import { useMemo, type MouseEvent } from 'react';
import type { SearchHit as Hit } from '../../../preload/api';
import { sanitizeSnippet } from '../reader/sanitize-html';
import { formatDate } from '../ui/format';
import { CopiesBadge } from '../families/family-rows';

/** One search result: headline, outlet, date and the highlighted snippet. */
export function SearchHit({
  hit,
  selected,
  opened,
  onOpen,
  unfolded = false,
  onToggleCopies,
}: {
  hit: Hit;
  selected: boolean;
  opened: boolean;
  onOpen: (event: MouseEvent) => void;
  /** For a hit standing for its family: whether its copies show, and how to unfold or fold them. */
  unfolded?: boolean;
  onToggleCopies?: () => void;
}) {
  const { t } = useTranslation();
  const snippet = useMemo(() => sanitizeSnippet(hit.snippet), [hit.snippet]);
  const meta = [hit.siteName, formatDate(hit.publishedAt)].filter(Boolean).join(' · ');
  return (
    <div
      id={`search-hit-${hit.id}`}
      className={`search-hit${selected ? ' is-selected' : ''}${opened ? ' is-opened' : ''}`}
      data-testid="search-hit"
      data-id={hit.id}
      role="option"
      aria-selected={selected}
      onClick={onOpen}
    >
      <div className="search-hit__title">{hit.title}</div>
      {meta || hit.copies?.length ? (
        <div className="search-hit__meta">
          {hit.copies?.length && onToggleCopies ? (
            <CopiesBadge count={hit.copies.length} unfolded={unfolded} onToggle={onToggleCopies} />
          ) : null}
          {meta}
        </div>
      ) : null}
      {/* Sanitized above to text plus <mark>: the snippet's only markup. */}
      <div className="search-hit__snippet" data-testid="search-snippet" dangerouslySetInnerHTML={{ __html: snippet }} />
      {hit.snippetNoteId !== undefined ? (
        <div className="search-hit__from-note" data-testid="search-hit-from-note">
          {t('search.fromYourNote')}
        </div>
      ) : null}
    </div>
  );
}
