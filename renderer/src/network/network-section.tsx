import { useTranslation } from 'react-i18next';
import { useNavigation } from '../app/navigation';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';

/** Sidebar: opens the entity network of the whole library (its own picker narrows it to a tag or a search). */
export function NetworkSection() {
  const { t } = useTranslation();
  const { view, navigate } = useNavigation();
  return (
    <SidebarSection title={t('network.sidebarSection')}>
      <SidebarItem
        testId="sidebar-network"
        label={t('network.sidebarItem')}
        icon="⋈"
        active={view.kind === 'network'}
        onClick={() => navigate({ kind: 'network', scope: { kind: 'library' } })}
      />
    </SidebarSection>
  );
}
