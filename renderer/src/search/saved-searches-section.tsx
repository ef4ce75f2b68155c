import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { SavedSearchSummary } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { describeError } from '../api/client';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useAsync } from '../ui/use-async';

/**
 * Sidebar: saved searches with a badge of matches new since each was last opened. A click runs
 * the search and marks its matches seen; the × deletes it after asking.
 */
export function SavedSearchesSection() {
  const { t } = useTranslation();
  const client = useClient();
  const { query, setQuery, libraryVersion, view } = useNavigation();
  // Saving or deleting a search makes the core send library:changed, which bumps libraryVersion.
  const saved = useAsync(() => client.listSavedSearches(), [client, libraryVersion]);
  const [deleting, setDeleting] = useState<SavedSearchSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = (s: SavedSearchSummary) => {
    setQuery(s.query);
    client.openSavedSearch({ id: s.id }).then(saved.reload, (err: unknown) => setError(describeError(err)));
  };
  const remove = (s: SavedSearchSummary) => {
    setDeleting(null);
    client.deleteSavedSearch({ id: s.id }).catch((err: unknown) => setError(describeError(err)));
  };

  return (
    <SidebarSection title={t('search.savedSearches')}>
      {saved.status === 'error' ? (
        <p className="sidebar-note">{t('search.savedLoadFailed', { reason: saved.error })}</p>
      ) : null}
      {error ? (
        <p className="sidebar-note" role="alert">
          {error}
        </p>
      ) : null}
      {saved.value?.length === 0 ? <p className="sidebar-note">{t('search.savedNone')}</p> : null}
      {saved.value?.map((s) => (
        <div key={s.id} className="sidebar-row">
          <SidebarItem
            testId="sidebar-saved-search"
            name={s.name}
            icon="⌕"
            label={s.name}
            title={t('search.savedTitle', { name: s.name, query: s.query })}
            badge={s.newMatches}
            active={view.kind === 'library' && query.trim() === s.query.trim()}
            onClick={() => run(s)}
          />
          <button
            type="button"
            className="sidebar-row__action"
            data-testid="saved-search-delete"
            data-name={s.name}
            aria-label={t('search.deleteSaved', { name: s.name })}
            onClick={() => setDeleting(s)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
      {deleting ? (
        <ConfirmDialog
          message={t('search.confirmDeleteSaved', { name: deleting.name })}
          confirmLabel={t('search.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove(deleting)}
        />
      ) : null}
    </SidebarSection>
  );
}
