import type { KeyboardEvent } from 'react';

/**
 * Keyboard for a list: ↑/↓ and j/k move the selection, Enter/→ opens it, Home/End jump, and
 * Space adds the current row to the multi-selection (or takes it out) when the list has one;
 * Shift+↑/↓ extends it from the row where it started (the keyboard's Shift-click). Returns a
 * keydown handler for the list element.
 */
export function createListKeyHandler(opts: {
  count: number;
  selected: number;
  select: (index: number) => void;
  open: (index: number) => void;
  toggle?: (index: number) => void;
  /** Selects the rows between the selection's anchor (or `from`, when it has none) and `to`. */
  extend?: (from: number, to: number) => void;
  /** The row a later Shift+arrow or Shift-click extends from (where a plain move lands). */
  anchor?: (index: number) => void;
}): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || opts.count === 0) return;
    const last = opts.count - 1;
    const current = Math.min(Math.max(opts.selected, -1), last);
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        next = Math.min(current + 1, last);
        break;
      case 'ArrowUp':
      case 'k':
        next = Math.max(current - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case ' ':
        if (current >= 0 && opts.toggle) {
          event.preventDefault();
          opts.toggle(current);
        }
        return;
      case 'Enter':
      case 'ArrowRight':
        if (current >= 0) {
          event.preventDefault();
          opts.open(current);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    opts.select(next);
    if (event.shiftKey && opts.extend && (event.key === 'ArrowDown' || event.key === 'ArrowUp'))
      opts.extend(current < 0 ? next : current, next);
    else opts.anchor?.(next);
  };
}
