import { useClient } from '../api/client-context';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';

/** Sidebar: every tag with its article count; a click filters the list. */
export function TagsSection() {
  const client = useClient();
  const { view, navigate, libraryVersion, setQuery } = useNavigation();
  const tags = useAsync(() => client.listTags(), [client, libraryVersion]);
  return (
    <SidebarSection title="Tags">
      {tags.status === 'error' ? <p className="sidebar-note">Tags did not load: {tags.error}</p> : null}
      {tags.value?.length === 0 ? <p className="sidebar-note">No tags yet.</p> : null}
      {tags.value?.map((tag) => (
        <SidebarItem
          key={tag.id}
          testId="sidebar-tag"
          name={tag.name}
          icon="#"
          label={tag.name}
          count={tag.articles}
          active={view.kind === 'library' && view.tag === tag.name}
          onClick={() => {
            setQuery('');
            navigate({ kind: 'library', tag: tag.name });
          }}
        />
      ))}
    </SidebarSection>
  );
}
