import { useEffect, type RefObject } from 'react';

/** True when the keystroke is meant for a text field, not for the app. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The window's overlays the keyboard opens. */
export interface ShortcutActions {
  /** Ctrl/Cmd+K, from anywhere (a second press closes it). */
  togglePalette: () => void;
  /** `?` outside a text field. */
  showShortcuts: () => void;
}

/**
 * App-wide keys: Ctrl/Cmd+K opens the command palette; `?` the shortcuts sheet; / focuses the
 * search field; Esc clears the search from anywhere; j/k/↑/↓ typed outside any list move into the
 * article list.
 */
export function useGlobalShortcuts(
  searchRef: RefObject<HTMLInputElement | null>,
  clearSearch: () => void,
  actions: ShortcutActions,
): void {
  const { togglePalette, showShortcuts } = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const search = searchRef.current;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        togglePalette();
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        showShortcuts();
      } else if (event.key === '/') {
        event.preventDefault();
        search?.focus();
      } else if (event.key === 'Escape') {
        clearSearch();
      } else if (['j', 'k', 'ArrowDown', 'ArrowUp'].includes(event.key) && event.target === document.body) {
        const list = document.querySelector<HTMLElement>('[data-testid="search-hits"], [data-testid="article-list"]');
        if (list) {
          event.preventDefault();
          list.focus();
          list.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, bubbles: true }));
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [searchRef, clearSearch, togglePalette, showShortcuts]);
}
