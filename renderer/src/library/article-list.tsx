import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleId } from '../../../preload/api';
import { ErrorBanner } from '../ui/error-banner';
import { EmptyState } from '../ui/empty-state';
import { Loading } from '../ui/loading';
import { ArticleRow, ArticleRowPlaceholder } from './article-row';
import type { FoldedPages } from '../families/use-folded-pages';
import { isCopyRow } from '../families/folded-rows';
import { FamilyCopyRow } from '../families/family-rows';
import { handleFoldKey } from '../families/fold-keys';
import { createListKeyHandler } from './use-list-keyboard';
import type { MultiSelection } from '../ui/use-multi-selection';

const ROW_HEIGHT = 76;

/**
 * The article list, virtualized: only the rows on screen (plus a few) exist in the DOM, and
 * their pages are fetched as they come into view, so 50,000 rows scroll smoothly.
 */
export function ArticleList({
  pages,
  openedId,
  onOpen,
  emptyHint,
  selection,
}: {
  /** The pages, with any unfolded family's copies spliced in under its row. */
  pages: FoldedPages;
  openedId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
  emptyHint: string;
  /** Shift/Ctrl-click multi-selection for bulk actions (tagging). */
  selection?: MultiSelection;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(-1);
  const count = pages.total ?? 0;

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;

  const { ensureRange } = pages;
  useEffect(() => {
    if (first !== undefined && last !== undefined) ensureRange(first, last);
  }, [first, last, ensureRange]);

  // Keep the selection inside the list when it shrinks (a filter, a deletion).
  useEffect(() => {
    if (selected >= count) setSelected(count - 1);
  }, [count, selected]);

  const select = (index: number) => {
    setSelected(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };
  const openAt = (index: number) => {
    const row = pages.rowAt(index);
    if (row) onOpen(row.id);
  };
  const toggleAt = (index: number) => {
    const row = pages.rowAt(index);
    if (row && selection) selection.toggle(index, row.id);
  };
  const extendTo = (from: number, to: number) => selection?.extend(from, to, (i) => pages.rowAt(i)?.id);
  const listKeys = createListKeyHandler({
    count,
    selected,
    select,
    open: openAt,
    toggle: selection ? toggleAt : undefined,
    extend: selection ? extendTo : undefined,
    anchor: selection?.anchorAt,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    const row = selected >= 0 ? pages.rowAt(selected) : undefined;
    const family = row && !isCopyRow(row) && row.copies?.length ? row : undefined;
    const folding = {
      unfold: family && !pages.isUnfolded(family.id) ? () => pages.toggleFold(selected) : undefined,
      fold:
        row && (isCopyRow(row) || (family && pages.isUnfolded(family.id)))
          ? () => {
              const at = pages.familyRowOf(selected);
              pages.toggleFold(at);
              select(at);
            }
          : undefined,
    };
    if (!handleFoldKey(event, folding)) listKeys(event);
  };

  if (pages.error && pages.total === null)
    return <ErrorBanner message={pages.error} onRetry={pages.retry} title={t('library.loadFailed')} />;
  if (pages.total === null) return <Loading label={t('library.loading')} />;
  if (count === 0) return <EmptyState testId="list-empty" title={t('library.empty')} hint={emptyHint} />;

  const selectedRow = selected >= 0 ? pages.rowAt(selected) : undefined;
  return (
    <>
      {pages.error ? <ErrorBanner message={pages.error} onRetry={pages.retry} title={t('library.someFailed')} /> : null}
      <div
        ref={scrollRef}
        className="article-list"
        data-testid="article-list"
        role="listbox"
        aria-label={t('library.articles')}
        aria-multiselectable={selection ? true : undefined}
        tabIndex={0}
        aria-activedescendant={selectedRow ? `article-row-${selectedRow.id}` : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="article-list__spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const article = pages.rowAt(item.index);
            const isSelected =
              item.index === selected ||
              (article !== undefined &&
                selection !== undefined &&
                selection.ids.length > 1 &&
                selection.has(article.id));
            return (
              <div
                key={item.key}
                id={article ? `article-row-${article.id}` : undefined}
                className={`article-row${isSelected ? ' is-selected' : ''}`}
                data-testid={article ? 'article-row' : 'article-row-loading'}
                data-id={article?.id}
                data-title={article?.title}
                data-copy-of={article && isCopyRow(article) ? article.copyOf : undefined}
                data-index={item.index}
                role="option"
                aria-selected={isSelected}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                onClick={(event) => {
                  if (article && selection?.click(event, item.index, article.id, (i) => pages.rowAt(i)?.id)) return;
                  setSelected(item.index);
                  if (article) onOpen(article.id);
                }}
              >
                {article && isCopyRow(article) ? (
                  <FamilyCopyRow copy={article} opened={article.id === openedId} />
                ) : article ? (
                  <ArticleRow
                    article={article}
                    opened={article.id === openedId}
                    unfolded={pages.isUnfolded(article.id)}
                    onToggleCopies={() => pages.toggleFold(item.index)}
                  />
                ) : (
                  <ArticleRowPlaceholder />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
