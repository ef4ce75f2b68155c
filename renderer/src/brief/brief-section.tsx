import { useTranslation } from 'react-i18next';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';

/** Sidebar: the Brief view. */
export function BriefSidebarSection() {
  const { t } = useTranslation();
  const { view, navigate } = useNavigation();
  return (
    <SidebarSection title={t('sidebar.deliver')}>
      <SidebarItem
        testId="sidebar-brief"
        icon="▤"
        label={t('sidebar.brief')}
        active={view.kind === 'brief'}
        onClick={() => navigate({ kind: 'brief' })}
      />
    </SidebarSection>
  );
}
