import { useEffect, useRef, useState } from 'react';
import type { LibraryChangeReason } from '../../../preload/api';
import { useDossierEvent } from '../api/client-context';

/**
 * Changes that come in streams (one per imported file, one per page OCR has read): at most one
 * refresh of the views per this many milliseconds. A 10,000-file import sends twenty a second;
 * refreshing on each made every open list, facet and count reload twenty times a second, taking
 * the core's time (in browser mode, its one thread) from the import itself.
 */
export const STREAMED_REFRESH_MS = 750;

const STREAMED: ReadonlySet<LibraryChangeReason> = new Set<LibraryChangeReason>(['import', 'ocr-page-read']);

/**
 * A number that changes when the library has: data hooks list it as a dependency to refresh.
 * A reporter's own change (a tag, a note, a deletion) bumps it at once; a streamed change bumps
 * it at once too, then at most once per STREAMED_REFRESH_MS while the stream lasts, and once
 * more after its last event, so the views always end up current.
 */
export function useLibraryVersion(): number {
  const [version, setVersion] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useDossierEvent('library:changed', ({ reason }) => {
    if (!STREAMED.has(reason)) {
      setVersion((v) => v + 1);
      return;
    }
    if (timer.current) {
      pending.current = true;
      return;
    }
    setVersion((v) => v + 1);
    const tick = (): void => {
      if (!pending.current) {
        timer.current = null;
        return;
      }
      pending.current = false;
      setVersion((v) => v + 1);
      timer.current = setTimeout(tick, STREAMED_REFRESH_MS);
    };
    timer.current = setTimeout(tick, STREAMED_REFRESH_MS);
  });

  return version;
}
