import { Trans, useTranslation } from 'react-i18next';
import type { ActiveFilter } from './query-filters';

/** Known filter fields (tag, entity, lang, format, date, site) have a label under search.field; others show as typed. */
const KNOWN_FIELDS = new Set(['tag', 'entity', 'lang', 'format', 'date', 'site']);

/** The e-mail filters' names, in the interface language. */
const MAIL_FIELD_KEYS: Record<string, string> = {
  from: 'containers.filters.from',
  to: 'containers.filters.to',
  thread: 'containers.filters.thread',
};

/** The query's filters as chips, each with a button that drops it from the query. */
export function ActiveFilters({
  filters,
  onRemove,
}: {
  filters: ActiveFilter[];
  onRemove: (clauses: string[]) => void;
}) {
  const { t } = useTranslation();
  if (filters.length === 0) return null;
  return (
    <ul className="active-filters" aria-label={t('search.activeFilters')} data-testid="active-filters">
      {filters.map((f) => (
        <li key={f.clause} className="chip chip--filter" data-testid="active-filter" data-clause={f.clause}>
          <span>
            <Trans
              i18nKey={f.negated ? 'search.filterChipNot' : 'search.filterChip'}
              values={{
                field: MAIL_FIELD_KEYS[f.field]
                  ? t(MAIL_FIELD_KEYS[f.field]!)
                  : KNOWN_FIELDS.has(f.field)
                    ? t(`search.field.${f.field}`)
                    : f.field,
                value: f.value,
              }}
              components={{ value: <strong /> }}
            />
          </span>
          <button
            type="button"
            className="chip__remove"
            data-testid="active-filter-remove"
            aria-label={t('search.removeFilter', { clause: f.clause })}
            onClick={() => onRemove([f.clause])}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The no-results state: what was searched, which filters narrowed it, and a way out. */
export function NoResults({
  query,
  filters,
  onRemove,
}: {
  query: string;
  filters: ActiveFilter[];
  onRemove: (clauses: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="empty-state" data-testid="search-empty" role="status">
      <p className="empty-state__title">{t('search.noMatches')}</p>
      {filters.length > 0 ? (
        <>
          <p className="empty-state__hint">
            <Trans
              i18nKey="search.nothingMatchesWith"
              count={filters.length}
              values={{ query }}
              components={{ query: <q /> }}
            />
          </p>
          <ActiveFilters filters={filters} onRemove={onRemove} />
          <button
            type="button"
            className="button"
            data-testid="search-drop-filters"
            onClick={() => onRemove(filters.map((f) => f.clause))}
          >
            {t('search.searchWithout', { count: filters.length })}
          </button>
        </>
      ) : (
        <p className="empty-state__hint">{t('search.noMatchesHint')}</p>
      )}
    </div>
  );
}
