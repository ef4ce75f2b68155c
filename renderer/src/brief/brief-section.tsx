import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';

/** Sidebar: the Brief view. */
export function BriefSidebarSection() {
  const { view, navigate } = useNavigation();
  return (
    <SidebarSection title="Deliver">
      <SidebarItem
        testId="sidebar-brief"
        icon="▤"
        label="Brief"
        active={view.kind === 'brief'}
        onClick={() => navigate({ kind: 'brief' })}
      />
    </SidebarSection>
  );
}
