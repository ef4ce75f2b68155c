import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../api/client';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Saves a text while it is typed: after a pause (debounced), and at once when the field loses
 * focus, the page is hidden or closed, or the component goes away, so no keystroke is lost.
 */
export function useAutosave(save: (value: string) => Promise<unknown>, delayMs = 500) {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  // Returns nothing to await: a failed save shows in `state` and `error`, and the chain below
  // never rejects (each save has its rejection handler).
  const flush = useCallback((): void => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setState('saving');
    // Saves run one after another, so an older body can never overwrite a newer one.
    chain.current = chain.current.then(() =>
      saveRef.current(value).then(
        () => {
          if (pending.current === null) setState('saved');
          setError(null);
        },
        (err: unknown) => {
          setState('error');
          setError(describeError(err));
          if (pending.current === null) pending.current = value;
        },
      ),
    );
  }, []);

  const change = useCallback(
    (value: string) => {
      pending.current = value;
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onUnload = () => flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('pagehide', onUnload);
      flush();
    };
  }, [flush]);

  return { state, error, change, flush };
}
