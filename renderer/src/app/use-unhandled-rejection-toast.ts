import { useEffect } from 'react';
import { describeError } from '../api/client';
import { useToast } from '../ui/toast';

/**
 * A promise that failed with nobody listening (lint catches most; this is the net under it)
 * shows in the toast instead of only in the developer console.
 */
export function useUnhandledRejectionToast(): void {
  const toast = useToast();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => toast(`Something failed: ${describeError(event.reason)}`);
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [toast]);
}
