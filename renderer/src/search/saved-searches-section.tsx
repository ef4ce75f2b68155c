import { useClient } from '../api/client-context';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';

/** Sidebar: saved searches; a click runs the search. New matches show as the count. */
export function SavedSearchesSection() {
  const client = useClient();
  const { query, setQuery, libraryVersion } = useNavigation();
  const saved = useAsync(() => client.listSavedSearches(), [client, libraryVersion]);
  return (
    <SidebarSection title="Saved searches">
      {saved.status === 'error' ? <p className="sidebar-note">Saved searches did not load: {saved.error}</p> : null}
      {saved.value?.length === 0 ? <p className="sidebar-note">None yet.</p> : null}
      {saved.value?.map((s) => (
        <SidebarItem
          key={s.id}
          testId="sidebar-saved-search"
          name={s.name}
          icon="⌕"
          label={s.name}
          count={s.newMatches > 0 ? s.newMatches : undefined}
          active={query.trim() === s.query.trim()}
          onClick={() => setQuery(s.query)}
        />
      ))}
    </SidebarSection>
  );
}
