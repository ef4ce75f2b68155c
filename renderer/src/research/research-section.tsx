import { useTranslation } from 'react-i18next';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';

/** Sidebar: the Notes and Quote bank views. */
export function ResearchSection() {
  const { t } = useTranslation();
  const { view, navigate } = useNavigation();
  return (
    <SidebarSection title={t('sidebar.research')}>
      <SidebarItem
        testId="sidebar-notes"
        icon="✎"
        label={t('sidebar.notes')}
        active={view.kind === 'notes'}
        onClick={() => navigate({ kind: 'notes' })}
      />
      <SidebarItem
        testId="sidebar-quotes"
        icon="❝"
        label={t('sidebar.quoteBank')}
        active={view.kind === 'quotes'}
        onClick={() => navigate({ kind: 'quotes' })}
      />
      <SidebarItem
        testId="sidebar-timeline"
        icon="⏱"
        label={t('timeline.sidebarItem')}
        active={view.kind === 'timeline'}
        onClick={() => navigate({ kind: 'timeline', scope: { kind: 'library' } })}
      />
    </SidebarSection>
  );
}
