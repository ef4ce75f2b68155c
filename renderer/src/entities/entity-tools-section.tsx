import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { EntityScanProgress } from '../../../preload/api';
import { useClient, useDossierEvent } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useAsync } from '../ui/use-async';
import { formatPercent } from '../ui/format';

/** Sidebar: the finder's suggestions and the watch lists with their "new since you last looked" counts. */
export function EntityToolsSection() {
  const { t } = useTranslation();
  const client = useClient();
  const { view, navigate, libraryVersion } = useNavigation();
  const suggestions = useAsync(() => client.listSuggestions({ limit: 1000 }), [client, libraryVersion]);
  const lists = useAsync(() => client.listWatchlists(), [client, libraryVersion]);
  const fresh = (lists.value ?? []).reduce((n, l) => n + l.newSinceLastSeen, 0);
  const [scan, setScan] = useState<EntityScanProgress | null>(null);
  useDossierEvent('entities:progress', (p) => setScan(p.done >= p.total ? null : p));
  return (
    <SidebarSection title={t('entities.watchTitle')}>
      {scan ? (
        <p className="sidebar-note" role="status" data-testid="entity-scan-progress">
          {t('entities.rescanning', {
            percent: formatPercent(Math.floor((scan.done / Math.max(scan.total, 1)) * 100) / 100),
          })}
        </p>
      ) : null}
      <SidebarItem
        testId="sidebar-suggestions"
        label={t('entities.suggestedNames')}
        icon="✦"
        count={suggestions.value?.length}
        active={view.kind === 'suggestions'}
        onClick={() => navigate({ kind: 'suggestions' })}
      />
      <SidebarItem
        testId="sidebar-watchlists"
        label={fresh > 0 ? t('entities.watchListsNew', { count: fresh }) : t('entities.watchLists')}
        icon="◉"
        count={lists.value?.length}
        active={view.kind === 'watchlists'}
        onClick={() => navigate({ kind: 'watchlists' })}
      />
    </SidebarSection>
  );
}
