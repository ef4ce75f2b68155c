import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../api/client';

export type AsyncState<T> =
  | { status: 'loading'; value: T | null; error: null }
  | { status: 'ready'; value: T; error: null }
  | { status: 'error'; value: T | null; error: string };

/**
 * Runs `load` whenever `deps` change and keeps the last value while reloading, so lists do not
 * flash empty on refresh. Answers that arrive after a newer request started are ignored.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading', value: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState((prev) => ({ status: 'loading', value: prev.value, error: null }));
    load().then(
      (value) => current && setState({ status: 'ready', value, error: null }),
      (err: unknown) =>
        current && setState((prev) => ({ status: 'error', value: prev.value, error: describeError(err) })),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; the caller's `deps` say when it really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
