import { useEffect, useState } from 'react';

const listeners = new Set<() => void>();

/**
 * Saving a search happens in the toolbar, the list lives in the sidebar, and the core sends no
 * event for it: the saver calls this so every saved-search list reloads.
 */
export function notifySavedSearchesChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** A number that changes whenever a search is saved or deleted; list it as a data dependency. */
export function useSavedSearchesVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    listeners.add(bump);
    return () => {
      listeners.delete(bump);
    };
  }, []);
  return version;
}
