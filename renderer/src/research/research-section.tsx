import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';

/** Sidebar: the Notes and Quote bank views. */
export function ResearchSection() {
  const { view, navigate } = useNavigation();
  return (
    <SidebarSection title="Research">
      <SidebarItem
        testId="sidebar-notes"
        icon="✎"
        label="Notes"
        active={view.kind === 'notes'}
        onClick={() => navigate({ kind: 'notes' })}
      />
      <SidebarItem
        testId="sidebar-quotes"
        icon="❝"
        label="Quote bank"
        active={view.kind === 'quotes'}
        onClick={() => navigate({ kind: 'quotes' })}
      />
    </SidebarSection>
  );
}
