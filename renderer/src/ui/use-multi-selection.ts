import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ArticleId } from '../../../preload/api';

export interface MultiSelection {
  ids: readonly ArticleId[];
  has: (id: ArticleId) => boolean;
  /**
   * Handles a click on a list row: Ctrl/Cmd toggles the row, Shift selects the range from the
   * last clicked row; a plain click selects just this row. Returns true when the click only
   * changed the selection (the article should not open).
   */
  click: (event: MouseEvent, index: number, id: ArticleId, idAt: (index: number) => ArticleId | undefined) => boolean;
  /** Adds the row to the selection or takes it out (Space in a list: the keyboard's Ctrl-click). */
  toggle: (index: number, id: ArticleId) => void;
  /**
   * Selects the rows from the anchor (the last clicked or toggled row; `from` when there is
   * none) to `to`: Shift+arrow, the keyboard's Shift-click.
   */
  extend: (from: number, to: number, idAt: (index: number) => ArticleId | undefined) => void;
  /** Sets the row that Shift extends from (a plain keyboard move), leaving the selection as it is. */
  anchorAt: (index: number) => void;
  clear: () => void;
}

/** The articles picked in the list for bulk actions. */
export function useMultiSelection(): MultiSelection {
  const [ids, setIds] = useState<ArticleId[]>([]);
  const anchor = useRef<number | null>(null);

  const click = useCallback<MultiSelection['click']>((event, index, id, idAt) => {
    if (event.ctrlKey || event.metaKey) {
      setIds((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
      anchor.current = index;
      return true;
    }
    if (event.shiftKey && anchor.current !== null) {
      setIds(rowsBetween(anchor.current, index, idAt));
      return true;
    }
    anchor.current = index;
    setIds([id]);
    return false;
  }, []);

  const toggle = useCallback((index: number, id: ArticleId) => {
    setIds((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
    anchor.current = index;
  }, []);

  const extend = useCallback<MultiSelection['extend']>((from, to, idAt) => {
    anchor.current ??= from;
    setIds(rowsBetween(anchor.current, to, idAt));
  }, []);

  const anchorAt = useCallback((index: number) => {
    anchor.current = index;
  }, []);

  const clear = useCallback(() => {
    anchor.current = null;
    setIds([]);
  }, []);

  return useMemo(() => {
    const set = new Set(ids);
    return { ids, has: (id: ArticleId) => set.has(id), click, toggle, extend, anchorAt, clear };
  }, [ids, click, toggle, extend, anchorAt, clear]);
}

/** The ids of the rows from `a` to `b` (either order), top to bottom; rows not loaded are left out. */
function rowsBetween(a: number, b: number, idAt: (index: number) => ArticleId | undefined): ArticleId[] {
  const range: ArticleId[] = [];
  for (let i = Math.min(a, b); i <= Math.max(a, b); i++) {
    const rowId = idAt(i);
    if (rowId !== undefined) range.push(rowId);
  }
  return range;
}
