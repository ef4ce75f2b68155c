import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { SidebarItem, SidebarSection } from '../app/sidebar-section';
import { useNavigation } from '../app/navigation';
import { entityTypeGroup } from '../entities/entity-labels';
import { useAsync } from '../ui/use-async';

const SHOWN_PER_TYPE = 6;

/** Keeps the entities whose name or alias contains `filter`, case- and accent-insensitively. */
function filterEntities(entities: EntitySummary[], filter: string): EntitySummary[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const needle = fold(filter.trim());
  // Known names no article mentions yet (the built-in registry) only show up when searched for.
  if (!needle) return entities.filter((e) => e.articles > 0);
  return entities.filter((e) => fold(e.name).includes(needle) || e.aliases.some((a) => fold(a).includes(needle)));
}

/** Sidebar: entities grouped by type with counts and a filter box. */
export function EntitiesSection() {
  const { t } = useTranslation();
  const client = useClient();
  const { libraryVersion, view, navigate } = useNavigation();
  const entities = useAsync(() => client.listEntities({}), [client, libraryVersion]);
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<Set<EntityType>>(new Set());
  const matching = useMemo(() => filterEntities(entities.value ?? [], filter), [entities.value, filter]);

  return (
    <SidebarSection title={t('entities.sidebarTitle')}>
      {entities.value && entities.value.length > 0 ? (
        <input
          type="search"
          className="sidebar-filter"
          placeholder={t('entities.filter')}
          aria-label={t('entities.filter')}
          data-testid="entity-filter"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      ) : null}
      {entities.status === 'error' ? (
        <p className="sidebar-note">{t('entities.loadFailed', { reason: entities.error })}</p>
      ) : null}
      {entities.value && matching.length === 0 ? (
        <p className="sidebar-note">{filter.trim() ? t('entities.noMatch') : t('entities.noneYet')}</p>
      ) : null}
      {ENTITY_TYPES.map((type) => {
        const group = matching.filter((e) => e.type === type).sort((a, b) => b.articles - a.articles);
        if (group.length === 0) return null;
        const open = expanded.has(type) || filter.trim() !== '';
        const shown = open ? group : group.slice(0, SHOWN_PER_TYPE);
        return (
          <div key={type} className="sidebar-group">
            <h3 className="sidebar-group__title">{entityTypeGroup(t, type)}</h3>
            {shown.map((entity) => (
              <SidebarItem
                key={entity.id}
                testId="sidebar-entity"
                name={entity.name}
                label={entity.name}
                count={entity.articles}
                active={view.kind === 'entity' && view.id === entity.id}
                onClick={() => navigate({ kind: 'entity', id: entity.id })}
              />
            ))}
            {group.length > shown.length ? (
              <button type="button" className="sidebar-more" onClick={() => setExpanded(new Set(expanded).add(type))}>
                {t('entities.more', { count: group.length - shown.length })}
              </button>
            ) : null}
          </div>
        );
      })}
    </SidebarSection>
  );
}
