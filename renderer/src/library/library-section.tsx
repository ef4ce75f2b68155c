import { useClient } from '../api/client-context';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';

/** Sidebar: the whole library, with its article count. */
export function LibrarySection() {
  const client = useClient();
  const { view, navigate, libraryVersion, setQuery } = useNavigation();
  const stats = useAsync(() => client.getStats(), [client, libraryVersion]);
  return (
    <SidebarSection title="Library">
      <SidebarItem
        testId="sidebar-all-articles"
        icon="▤"
        label="All articles"
        count={stats.value?.articles}
        active={view.kind === 'library' && view.tag === null}
        onClick={() => {
          setQuery('');
          navigate({ kind: 'library', tag: null });
        }}
      />
    </SidebarSection>
  );
}
