import {
  useCallback,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
} from 'react';
import { LinkStatus } from './link-status';

/**
 * The one link policy for every text the app renders as HTML (article bodies, notes, the brief
 * preview): a link never navigates the app and never opens a window, however it is followed
 * (click, middle click, Ctrl/Cmd/Shift+click, Enter, drag). Its URL is shown instead, with a copy
 * button, so the reporter opens it elsewhere on purpose. In-page anchors (#fn-1) scroll within
 * the rendered text. On the desktop the shell denies navigation too; in browser mode this is the
 * only wall between a pasted link and the tab.
 */

type GuardEvent = MouseEvent | KeyboardEvent | DragEvent | FocusEvent;

/** The link an event happened on, looking through shadow roots (the brief preview renders in one). */
function anchorOf(event: GuardEvent): HTMLAnchorElement | null {
  const path = event.nativeEvent.composedPath();
  for (const node of path) {
    if (node === event.currentTarget) return null;
    if (node instanceof Element && node.localName === 'a') return node as HTMLAnchorElement;
  }
  return null;
}

/** The element with this id inside the rendered text (never elsewhere in the app). */
function targetInside(container: Element, id: string): Element | null {
  const roots: ParentNode[] = container.shadowRoot ? [container.shadowRoot, container] : [container];
  for (const root of roots) {
    const found = [...root.querySelectorAll('[id]')].find((el) => el.id === id);
    if (found) return found;
  }
  return null;
}

export interface LinkGuardHandlers {
  onClick(event: MouseEvent): void;
  onAuxClick(event: MouseEvent): void;
  onKeyDown(event: KeyboardEvent): void;
  onDragStart(event: DragEvent): void;
  onMouseOver(event: MouseEvent): void;
  onFocus(event: FocusEvent): void;
}

/**
 * Spread `handlers` on the element that holds the rendered HTML and render `status` after it.
 * `clear()` hides the shown URL (when the text is replaced).
 */
export function useGuardedLinks(): {
  handlers: LinkGuardHandlers;
  status: ReactElement;
  shownUrl: string | null;
  clear: () => void;
} {
  const [shownUrl, setShownUrl] = useState<string | null>(null);

  const follow = useCallback((event: MouseEvent | KeyboardEvent) => {
    const anchor = anchorOf(event);
    if (!anchor) return;
    event.preventDefault();
    const href = anchor.getAttribute('href');
    if (href?.startsWith('#')) {
      const target = targetInside(event.currentTarget as Element, decodeURIComponent(href.slice(1)));
      target?.scrollIntoView?.({ block: 'start' });
      return;
    }
    setShownUrl(href);
  }, []);

  const show = useCallback((event: MouseEvent | FocusEvent) => {
    const href = anchorOf(event)?.getAttribute('href');
    if (href && !href.startsWith('#')) setShownUrl(href);
  }, []);

  const handlers: LinkGuardHandlers = {
    onClick: follow,
    onAuxClick: follow,
    onKeyDown: (event) => {
      if (event.key === 'Enter') follow(event);
    },
    onDragStart: (event) => {
      if (anchorOf(event)) event.preventDefault();
    },
    onMouseOver: show,
    onFocus: show,
  };
  const clear = useCallback(() => setShownUrl(null), []);
  return { handlers, status: <LinkStatus url={shownUrl} onDismiss={clear} />, shownUrl, clear };
}
