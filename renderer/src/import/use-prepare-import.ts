import { useCallback, useRef } from 'react';
import { useClient } from '../api/client-context';

/**
 * Least time between two warm-up requests. A drag fires enter events on every element it
 * crosses and may leave and come back; the core's warm-up is idempotent, but one request per
 * gesture is enough, and a few seconds is shorter than the core keeps an idle thread (a minute).
 */
export const PREPARE_IMPORT_INTERVAL_MS = 5_000;

/**
 * Returns a function to call when an import looks near (files dragged onto the window, the file
 * picker opened): it asks the core to start its parser threads, at most once per interval.
 */
export function usePrepareImport(): () => void {
  const client = useClient();
  const lastAsked = useRef(-Infinity);
  return useCallback(() => {
    const now = Date.now();
    if (now - lastAsked.current < PREPARE_IMPORT_INTERVAL_MS) return;
    lastAsked.current = now;
    // Only a head start: if it fails, the first file starts the threads itself, so the reporter
    // is not told about it.
    client.prepareImport().catch(() => undefined);
  }, [client]);
}
