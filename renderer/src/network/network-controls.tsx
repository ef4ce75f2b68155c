import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_TYPES, type EntityType, type NetworkScope } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';

export interface NetworkFilters {
  types: EntityType[];
  minWeight: number;
  maxNodes: number;
}

const NODE_LIMITS = [50, 150, 300, 500];

/** Where the network is drawn from (library, a tag, a search) and what it keeps. */
export function NetworkControls({
  scope,
  onScope,
  filters,
  onFilters,
}: {
  scope: NetworkScope;
  onScope: (scope: NetworkScope) => void;
  filters: NetworkFilters;
  onFilters: (filters: NetworkFilters) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const { libraryVersion } = useNavigation();
  const tags = useAsync(() => client.listTags(), [client, libraryVersion]);
  const [query, setQuery] = useState(scope.kind === 'query' ? scope.query : '');
  const [searching, setSearching] = useState(scope.kind === 'query');
  const ids = { scope: useId(), query: useId(), weight: useId(), nodes: useId() };
  const scopeValue = searching ? 'query' : scope.kind === 'tag' ? `tag:${scope.tag}` : 'library';

  const pickScope = (value: string) => {
    if (value === 'query') {
      setSearching(true);
      return;
    }
    setSearching(false);
    onScope(value.startsWith('tag:') ? { kind: 'tag', tag: value.slice(4) } : { kind: 'library' });
  };
  const toggleType = (type: EntityType, on: boolean) => {
    const current = filters.types.length === 0 ? [...ENTITY_TYPES] : filters.types;
    const next = on ? [...current, type] : current.filter((x) => x !== type);
    // An empty list means every type to the core, so the last type cannot be unticked.
    if (next.length === 0) return;
    onFilters({ ...filters, types: ENTITY_TYPES.filter((x) => next.includes(x)) });
  };

  return (
    <div className="network-controls" data-testid="network-controls">
      <div className="network-controls__row">
        <label htmlFor={ids.scope}>{t('network.scope')}</label>
        <select
          id={ids.scope}
          data-testid="network-scope"
          value={scopeValue}
          onChange={(e) => pickScope(e.target.value)}
        >
          <option value="library">{t('network.scopeLibrary')}</option>
          {(tags.value ?? []).length > 0 ? (
            <optgroup label={t('network.scopeTags')}>
              {(tags.value ?? []).map((tag) => (
                <option key={tag.id} value={`tag:${tag.name}`}>
                  {tag.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value="query">{t('network.scopeSearch')}</option>
        </select>
        {searching ? (
          <form
            className="network-controls__search"
            onSubmit={(e) => {
              e.preventDefault();
              if (query.trim()) onScope({ kind: 'query', query: query.trim() });
            }}
          >
            <label htmlFor={ids.query} className="visually-hidden">
              {t('network.searchLabel')}
            </label>
            <input
              id={ids.query}
              type="search"
              data-testid="network-query"
              value={query}
              placeholder={t('network.searchPlaceholder')}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button type="submit" className="button">
              {t('network.searchApply')}
            </button>
          </form>
        ) : null}
      </div>
      <div className="network-controls__row">
        <fieldset className="network-controls__types">
          <legend>{t('network.typesLegend')}</legend>
          {ENTITY_TYPES.map((type) => (
            <label key={type} className={`network-type network-type--${type}`}>
              <input
                type="checkbox"
                data-testid={`network-type-${type}`}
                checked={filters.types.length === 0 || filters.types.includes(type)}
                onChange={(e) => toggleType(type, e.target.checked)}
              />
              <span className="network-type__swatch" aria-hidden="true" />
              {t(`network.types.${type}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={ids.weight}>{t('network.minWeight')}</label>
        <input
          id={ids.weight}
          type="number"
          min={1}
          max={1000}
          className="network-controls__number"
          data-testid="network-min-weight"
          value={filters.minWeight}
          onChange={(e) => {
            const n = Math.floor(Number(e.target.value));
            if (Number.isFinite(n) && n >= 1) onFilters({ ...filters, minWeight: Math.min(n, 1000) });
          }}
        />
        <label htmlFor={ids.nodes}>{t('network.maxNodes')}</label>
        <select
          id={ids.nodes}
          data-testid="network-max-nodes"
          value={filters.maxNodes}
          onChange={(e) => onFilters({ ...filters, maxNodes: Number(e.target.value) })}
        >
          {NODE_LIMITS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
