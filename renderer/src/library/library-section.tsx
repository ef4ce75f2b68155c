import { useTranslation } from 'react-i18next';
import { useClient } from '../api/client-context';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';

/** Sidebar: the whole library, with its article count. */
export function LibrarySection() {
  const { t } = useTranslation();
  const client = useClient();
  const { view, navigate, libraryVersion, setQuery } = useNavigation();
  const stats = useAsync(() => client.getStats(), [client, libraryVersion]);
  return (
    <SidebarSection title={t('sidebar.library')}>
      <SidebarItem
        testId="sidebar-all-articles"
        icon="▤"
        label={t('sidebar.allArticles')}
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
