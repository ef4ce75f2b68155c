import { useCallback, useState } from 'react';

const STORAGE_KEY = 'dossier.showEveryCopy';

function readPreference(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Whether the list and search show each family of near copies as one row (the default) or every
 * copy as its own row; remembered like the reader's entity highlighting.
 */
export function useFamilyGrouping(): { everyCopy: boolean; toggle: () => void } {
  const [everyCopy, setEveryCopy] = useState(readPreference);
  const toggle = useCallback(() => {
    setEveryCopy((v) => {
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, v ? '0' : '1');
      } catch {
        // Private mode or a sandbox without storage: the toggle still works for this session.
      }
      return !v;
    });
  }, []);
  return { everyCopy, toggle };
}
