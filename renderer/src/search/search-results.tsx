import { useEffect, useRef, useState } from 'react';
import type { ArticleId, SearchRequest } from '../../../preload/api';
import { createListKeyHandler } from '../library/use-list-keyboard';
import { EmptyState } from '../ui/empty-state';
import { ErrorBanner } from '../ui/error-banner';
import { Loading } from '../ui/loading';
import { FacetList } from './facet-list';
import { addFacetToQuery } from './query-filters';
import { SearchHit } from './search-hit';
import { SEARCH_PAGE_SIZE, useSearch } from './use-search';

type Sort = NonNullable<SearchRequest['sort']>;

/** The results pane: count and timing, sort, the query's warning, facets and the hits. */
export function SearchResults({
  query,
  setQuery,
  openedId,
  onOpen,
  libraryVersion,
}: {
  query: string;
  setQuery: (query: string) => void;
  openedId: ArticleId | null;
  onOpen: (id: ArticleId, highlightTerms: string[]) => void;
  libraryVersion: number;
}) {
  const [sort, setSort] = useState<Sort>('relevance');
  const [limit, setLimit] = useState(SEARCH_PAGE_SIZE);
  const [selected, setSelected] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);
  const { result, loading, error, retry } = useSearch(query, sort, limit, libraryVersion);

  useEffect(() => {
    setSelected(-1);
    setLimit(SEARCH_PAGE_SIZE);
  }, [query, sort]);

  const hits = result?.hits ?? [];
  const open = (index: number) => {
    const hit = hits[index];
    if (hit) onOpen(hit.id, result?.highlightTerms ?? []);
  };
  const select = (index: number) => {
    setSelected(index);
    const hit = hits[index];
    if (hit) listRef.current?.querySelector(`#search-hit-${hit.id}`)?.scrollIntoView?.({ block: 'nearest' });
  };

  return (
    <div className="search-results" data-testid="search-results" aria-busy={loading}>
      <div className="search-results__bar">
        <span className="search-results__count" data-testid="search-count">
          {result ? `${result.total.toLocaleString()} result${result.total === 1 ? '' : 's'} · ${Math.round(result.tookMs)} ms` : loading ? 'Searching…' : ''}
        </span>
        <div className="segmented" role="group" aria-label="Sort results">
          {(['relevance', 'date'] as const).map((s) => (
            <button key={s} type="button" className={sort === s ? 'is-active' : ''} aria-pressed={sort === s} onClick={() => setSort(s)} data-testid={`sort-${s}`}>
              {s === 'relevance' ? 'Relevance' : 'Newest'}
            </button>
          ))}
        </div>
      </div>
      {result?.warning ? (
        <p className="search-warning" data-testid="search-warning" role="note">
          {result.warning}
        </p>
      ) : null}
      {error ? <ErrorBanner title="Search failed" message={error} onRetry={retry} /> : null}
      {result ? <FacetList facets={result.facets} onPick={(kind, value) => setQuery(addFacetToQuery(query, kind, value))} /> : null}
      {!result && loading ? <Loading label="Searching…" /> : null}
      {result && hits.length === 0 ? (
        <EmptyState testId="search-empty" title="No matches" hint="Try fewer words, a different spelling, or remove a filter." />
      ) : null}
      {hits.length > 0 ? (
        <div
          ref={listRef}
          className="search-hits"
          role="listbox"
          aria-label="Search results"
          tabIndex={0}
          data-testid="search-hits"
          aria-activedescendant={hits[selected] ? `search-hit-${hits[selected].id}` : undefined}
          onKeyDown={createListKeyHandler({ count: hits.length, selected, select, open })}
        >
          {hits.map((hit, index) => (
            <SearchHit
              key={hit.id}
              hit={hit}
              selected={index === selected}
              opened={hit.id === openedId}
              onOpen={() => {
                setSelected(index);
                open(index);
              }}
            />
          ))}
          {result && result.total > hits.length ? (
            <button type="button" className="button search-hits__more" onClick={() => setLimit((n) => n + SEARCH_PAGE_SIZE)}>
              Show more ({(result.total - hits.length).toLocaleString()} left)
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
