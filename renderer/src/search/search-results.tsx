import { formatCount } from '../ui/format';
import { useEffect, useRef, useState } from 'react';
import type { ArticleId, SearchRequest } from '../../../preload/api';
import { createListKeyHandler } from '../library/use-list-keyboard';
import { ErrorBanner } from '../ui/error-banner';
import { Loading } from '../ui/loading';
import { FacetList } from './facet-list';
import { addFacetToQuery, addClauseToQuery, listActiveFilters, removeFilters } from './query-filters';
import { ActiveFilters, NoResults } from './active-filters';
import type { MultiSelection } from '../ui/use-multi-selection';
import { SearchHit } from './search-hit';
import { NoteHits } from './note-hits';
import { SEARCH_PAGE_SIZE, useSearch } from './use-search';

type Sort = NonNullable<SearchRequest['sort']>;

/** The results pane: count and timing, sort, the query's warning, facets and the hits. */
export function SearchResults({
  query,
  setQuery,
  openedId,
  onOpen,
  libraryVersion,
  selection,
}: {
  query: string;
  setQuery: (query: string) => void;
  openedId: ArticleId | null;
  onOpen: (id: ArticleId, highlightTerms: string[]) => void;
  libraryVersion: number;
  /** Shift/Ctrl-click multi-selection for bulk tagging, shared with the article list. */
  selection?: MultiSelection;
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
  const filters = listActiveFilters(query);
  const dropFilters = (clauses: string[]) => setQuery(removeFilters(query, clauses));
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
          {result
            ? `${describeCount(result.total, result.noteHits?.length ?? 0)} · ${Math.round(result.tookMs)} ms`
            : loading
              ? 'Searching…'
              : ''}
        </span>
        <div className="segmented" role="group" aria-label="Sort results">
          {(['relevance', 'date'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className={sort === s ? 'is-active' : ''}
              aria-pressed={sort === s}
              onClick={() => setSort(s)}
              data-testid={`sort-${s}`}
            >
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
      <div className="search-results__body">
        {result ? (
          <FacetList
            facets={result.facets}
            onPick={(kind, value) => setQuery(addFacetToQuery(query, kind, value))}
            mail={result.mailFacets}
            onPickMail={(field, address) => setQuery(addClauseToQuery(query, `${field}:"${address}"`))}
          />
        ) : null}
        <div className="search-results__main">
          {!result && loading ? <Loading label="Searching…" /> : null}
          {result?.noteHits?.length ? (
            <NoteHits hits={result.noteHits} highlightTerms={result.highlightTerms ?? []} />
          ) : null}
          {result && hits.length === 0 && !result.noteHits?.length ? (
            <NoResults
              query={
                removeFilters(
                  query,
                  filters.map((f) => f.clause),
                ) || query
              }
              filters={filters}
              onRemove={dropFilters}
            />
          ) : null}
          {hits.length > 0 ? <ActiveFilters filters={filters} onRemove={dropFilters} /> : null}
          {hits.length > 0 ? (
            <div
              ref={listRef}
              className="search-hits"
              role="listbox"
              aria-label="Search results"
              aria-multiselectable={selection ? true : undefined}
              tabIndex={0}
              data-testid="search-hits"
              aria-activedescendant={hits[selected] ? `search-hit-${hits[selected].id}` : undefined}
              onKeyDown={createListKeyHandler({
                count: hits.length,
                selected,
                select,
                open,
                toggle: selection ? (i) => hits[i] && selection.toggle(i, hits[i].id) : undefined,
                extend: selection ? (from, to) => selection.extend(from, to, (i) => hits[i]?.id) : undefined,
                anchor: selection?.anchorAt,
              })}
            >
              {hits.map((hit, index) => (
                <SearchHit
                  key={hit.id}
                  hit={hit}
                  selected={
                    index === selected || (selection !== undefined && selection.ids.length > 1 && selection.has(hit.id))
                  }
                  opened={hit.id === openedId}
                  onOpen={(event) => {
                    if (selection?.click(event, index, hit.id, (i) => hits[i]?.id)) return;
                    setSelected(index);
                    open(index);
                  }}
                />
              ))}
            </div>
          ) : null}
          {result && result.total > hits.length ? (
            <button
              type="button"
              className="button search-hits__more"
              onClick={() => setLimit((n) => n + SEARCH_PAGE_SIZE)}
            >
              Show more ({formatCount(result.total - hits.length)} left)
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** "12 results", or when notes match too "3 articles · 2 notes" (the notes listed beside the hits). */
export function describeCount(articles: number, notes: number): string {
  const plural = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
  if (notes === 0) return plural(articles, 'result');
  return `${plural(articles, 'article')} · ${plural(notes, 'note')}`;
}
