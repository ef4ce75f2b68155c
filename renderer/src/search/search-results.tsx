import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatCount } from '../ui/format';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
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
import { flattenHits } from '../families/folded-rows';
import { EveryCopyToggle, FamilyCopyRow } from '../families/family-rows';
import { handleFoldKey } from '../families/fold-keys';

type Sort = NonNullable<SearchRequest['sort']>;

/** The results pane: count and timing, sort, the query's warning, facets and the hits. */
export function SearchResults({
  query,
  setQuery,
  openedId,
  onOpen,
  libraryVersion,
  selection,
  grouping,
}: {
  query: string;
  setQuery: (query: string) => void;
  openedId: ArticleId | null;
  onOpen: (id: ArticleId, highlightTerms: string[]) => void;
  libraryVersion: number;
  /** Shift/Ctrl-click multi-selection for bulk tagging, shared with the article list. */
  selection?: MultiSelection;
  /** One hit per family of near copies (unfolding to its copies), or every copy as its own hit. */
  grouping?: { everyCopy: boolean; toggle: () => void };
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>('relevance');
  const [limit, setLimit] = useState(SEARCH_PAGE_SIZE);
  const [selected, setSelected] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);
  const groupFamilies = grouping ? !grouping.everyCopy : false;
  const { result, loading, error, retry } = useSearch(query, sort, limit, libraryVersion, groupFamilies);
  const [unfolded, setUnfolded] = useState<ReadonlySet<ArticleId>>(new Set());

  useEffect(() => {
    setSelected(-1);
    setLimit(SEARCH_PAGE_SIZE);
    setUnfolded(new Set());
  }, [query, sort, groupFamilies]);

  const hits = result?.hits ?? [];
  // The rows: each hit, and under a family's hit its copies once unfolded.
  const rows = flattenHits(hits, unfolded);
  const toggleFold = (id: ArticleId) =>
    setUnfolded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const filters = listActiveFilters(query);
  const dropFilters = (clauses: string[]) => setQuery(removeFilters(query, clauses));
  const open = (index: number) => {
    const row = rows[index];
    if (row) onOpen(row.id, result?.highlightTerms ?? []);
  };
  const select = (index: number) => {
    setSelected(index);
    const row = rows[index];
    if (row) listRef.current?.querySelector(`#search-hit-${row.id}`)?.scrollIntoView?.({ block: 'nearest' });
  };
  const listKeys = createListKeyHandler({
    count: rows.length,
    selected,
    select,
    open,
    toggle: selection ? (i) => rows[i] && selection.toggle(i, rows[i].id) : undefined,
    extend: selection ? (from, to) => selection.extend(from, to, (i) => rows[i]?.id) : undefined,
    anchor: selection?.anchorAt,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    const row = rows[selected];
    const family = row?.hit?.copies?.length ? row.hit : undefined;
    const folded = family && !unfolded.has(family.id);
    const familyId = row?.copy ? row.copy.copyOf : family && !folded ? family.id : undefined;
    const used = handleFoldKey(event, {
      unfold: family && folded ? () => toggleFold(family.id) : undefined,
      fold:
        familyId !== undefined
          ? () => {
              toggleFold(familyId);
              select(rows.findIndex((r) => r.id === familyId && !r.copy));
            }
          : undefined,
    });
    if (!used) listKeys(event);
  };

  return (
    <div className="search-results" data-testid="search-results" aria-busy={loading}>
      <div className="search-results__bar">
        <span className="search-results__count" data-testid="search-count">
          {result
            ? t('search.countAndTime', {
                count: describeCount(t, result.total, result.noteHits?.length ?? 0),
                ms: formatCount(Math.round(result.tookMs)),
              })
            : loading
              ? t('search.searching')
              : ''}
        </span>
        {grouping ? <EveryCopyToggle everyCopy={grouping.everyCopy} onToggle={grouping.toggle} /> : null}
        <div className="segmented" role="group" aria-label={t('search.sortResults')}>
          {(['relevance', 'date'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className={sort === s ? 'is-active' : ''}
              aria-pressed={sort === s}
              onClick={() => setSort(s)}
              data-testid={`sort-${s}`}
            >
              {s === 'relevance' ? t('search.sortRelevance') : t('search.sortNewest')}
            </button>
          ))}
        </div>
      </div>
      {result?.warning ? (
        <p className="search-warning" data-testid="search-warning" role="note">
          {result.warning}
        </p>
      ) : null}
      {error ? <ErrorBanner title={t('search.failed')} message={error} onRetry={retry} /> : null}
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
          {!result && loading ? <Loading label={t('search.searching')} /> : null}
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
              aria-label={t('search.results')}
              aria-multiselectable={selection ? true : undefined}
              tabIndex={0}
              data-testid="search-hits"
              aria-activedescendant={rows[selected] ? `search-hit-${rows[selected].id}` : undefined}
              onKeyDown={onKeyDown}
            >
              {rows.map((row, index) => {
                const isSelected =
                  index === selected || (selection !== undefined && selection.ids.length > 1 && selection.has(row.id));
                const onRowOpen = (event: MouseEvent) => {
                  if (selection?.click(event, index, row.id, (i) => rows[i]?.id)) return;
                  setSelected(index);
                  open(index);
                };
                return row.copy ? (
                  <div
                    key={row.id}
                    id={`search-hit-${row.id}`}
                    className={`search-hit is-copy${isSelected ? ' is-selected' : ''}`}
                    data-testid="search-hit"
                    data-id={row.id}
                    data-copy-of={row.copy.copyOf}
                    role="option"
                    aria-selected={isSelected}
                    onClick={onRowOpen}
                  >
                    <FamilyCopyRow copy={row.copy} opened={row.id === openedId} />
                  </div>
                ) : (
                  <SearchHit
                    key={row.id}
                    hit={row.hit}
                    selected={isSelected}
                    opened={row.id === openedId}
                    onOpen={onRowOpen}
                    unfolded={unfolded.has(row.id)}
                    onToggleCopies={() => toggleFold(row.id)}
                  />
                );
              })}
            </div>
          ) : null}
          {result && result.total > hits.length ? (
            <button
              type="button"
              className="button search-hits__more"
              onClick={() => setLimit((n) => n + SEARCH_PAGE_SIZE)}
            >
              {t('search.showMore', {
                count: result.total - hits.length,
                left: formatCount(result.total - hits.length),
              })}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** "12 results", or when notes match too "3 articles · 2 notes" (the notes listed beside the hits). */
export function describeCount(t: TFunction, articles: number, notes: number): string {
  if (notes === 0) return t('search.resultCount', { count: articles, n: formatCount(articles) });
  return t('search.articlesAndNotes', {
    articles: t('search.articles', { count: articles, n: formatCount(articles) }),
    notes: t('search.notes', { count: notes, n: formatCount(notes) }),
  });
}
