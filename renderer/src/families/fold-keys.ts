import type { KeyboardEvent } from 'react';

/**
 * → unfolds the selected family's copies, ← folds them (from the family's row or one of its
 * copies), as in a tree. True when the key was used; otherwise the list's own keys apply (→ opens).
 */
export function handleFoldKey(event: KeyboardEvent, actions: { unfold?: () => void; fold?: () => void }): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const action = event.key === 'ArrowRight' ? actions.unfold : event.key === 'ArrowLeft' ? actions.fold : undefined;
  if (!action) return false;
  event.preventDefault();
  action();
  return true;
}
