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
      const [from, to] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
      const range: ArticleId[] = [];
      for (let i = from; i <= to; i++) {
        const rowId = idAt(i);
        if (rowId !== undefined) range.push(rowId);
      }
      setIds(range);
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

  const clear = useCallback(() => {
    anchor.current = null;
    setIds([]);
  }, []);

  return useMemo(() => {
    const set = new Set(ids);
    return { ids, has: (id: ArticleId) => set.has(id), click, toggle, clear };
  }, [ids, click, toggle, clear]);
}
