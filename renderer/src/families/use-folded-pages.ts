import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArticleId } from '../../../preload/api';
import type { ArticlePages } from '../library/use-article-pages';
import { locateRow, type ListRow, type UnfoldedAt } from './folded-rows';

/** The article list's pages with families unfolded in place: what the virtualized list reads. */
export interface FoldedPages extends Omit<ArticlePages, 'rowAt'> {
  rowAt: (index: number) => ListRow | undefined;
  /** True when the family standing at this row shows its copies. */
  isUnfolded: (id: ArticleId) => boolean;
  /** Unfolds or folds the family of the row at `index` (a copy folds its family); false when it has none. */
  toggleFold: (index: number) => boolean;
  /** The display index of the row of a family (for a copy: its family's row). */
  familyRowOf: (index: number) => number;
}

/**
 * Unfolding families in the paged list: the server pages are unchanged (paging and virtualization
 * count server rows), and the copies of each unfolded family are spliced in under its row.
 * `resetKey` changes when the rows mean something else (another tag, grouping on or off).
 */
export function useFoldedPages(pages: ArticlePages, resetKey: string): FoldedPages {
  // Family row's article id -> its server index when it was unfolded.
  const [unfolded, setUnfolded] = useState<ReadonlyMap<ArticleId, number>>(new Map());
  useEffect(() => setUnfolded(new Map()), [resetKey]);
  const { rowAt: serverRowAt, ensureRange, total } = pages;

  // Only families whose row is still where it was (a refresh may move rows) and still has copies.
  const open: UnfoldedAt[] = [...unfolded]
    .flatMap(([id, index]) => {
      const row = serverRowAt(index);
      return row?.id === id && row.copies?.length ? [{ index, copies: row.copies.length }] : [];
    })
    .sort((a, b) => a.index - b.index);
  const openKey = open.map((u) => `${u.index}:${u.copies}`).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the unfolded rows change, not on every render
  const stable = useMemo(() => open, [openKey]);
  const extra = stable.reduce((n, u) => n + u.copies, 0);

  const rowAt = useCallback(
    (index: number): ListRow | undefined => {
      const at = locateRow(index, stable);
      const row = serverRowAt(at.server);
      if (at.copy === undefined || !row?.copies) return row;
      const copy = row.copies[at.copy];
      return copy ? { ...copy, copyOf: row.id } : undefined;
    },
    [stable, serverRowAt],
  );

  const familyRowOf = useCallback(
    (index: number) => {
      const at = locateRow(index, stable);
      return at.copy === undefined ? index : index - at.copy - 1;
    },
    [stable],
  );

  const toggleFold = useCallback(
    (index: number) => {
      const at = locateRow(index, stable);
      const row = serverRowAt(at.server);
      if (!row?.copies?.length) return false;
      setUnfolded((current) => {
        const next = new Map(current);
        if (next.has(row.id)) next.delete(row.id);
        else next.set(row.id, at.server);
        return next;
      });
      return true;
    },
    [stable, serverRowAt],
  );

  return {
    ...pages,
    total: total === null ? null : total + extra,
    rowAt,
    ensureRange: useCallback(
      (start: number, end: number) => ensureRange(locateRow(start, stable).server, locateRow(end, stable).server),
      [ensureRange, stable],
    ),
    isUnfolded: useCallback((id: ArticleId) => unfolded.has(id), [unfolded]),
    toggleFold,
    familyRowOf,
  };
}
