import { useTranslation } from 'react-i18next';
import type { ActiveFilter } from './query-filters';

const FIELD_LABELS: Record<string, string> = {
  tag: 'Tag',
  entity: 'Entity',
  lang: 'Language',
  format: 'Format',
  date: 'Date',
  site: 'Outlet',
};

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
    <ul className="active-filters" aria-label="Active filters" data-testid="active-filters">
      {filters.map((f) => (
        <li key={f.clause} className="chip chip--filter" data-testid="active-filter" data-clause={f.clause}>
          <span>
            {f.negated ? 'not ' : ''}
            {MAIL_FIELD_KEYS[f.field] ? t(MAIL_FIELD_KEYS[f.field]!) : (FIELD_LABELS[f.field] ?? f.field)}:{' '}
            <strong>{f.value}</strong>
          </span>
          <button
            type="button"
            className="chip__remove"
            data-testid="active-filter-remove"
            aria-label={`Remove filter ${f.clause}`}
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
  return (
    <div className="empty-state" data-testid="search-empty" role="status">
      <p className="empty-state__title">No matches</p>
      {filters.length > 0 ? (
        <>
          <p className="empty-state__hint">
            Nothing matches <q>{query}</q> with{' '}
            {filters.length === 1 ? 'this filter' : `these ${filters.length} filters`}:
          </p>
          <ActiveFilters filters={filters} onRemove={onRemove} />
          <button
            type="button"
            className="button"
            data-testid="search-drop-filters"
            onClick={() => onRemove(filters.map((f) => f.clause))}
          >
            Search without {filters.length === 1 ? 'the filter' : 'the filters'}
          </button>
        </>
      ) : (
        <p className="empty-state__hint">Try fewer words, a different spelling, or a prefix like export*.</p>
      )}
    </div>
  );
}
