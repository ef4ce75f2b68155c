import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { describeError } from '../api/client';
import { useToast } from '../ui/toast';

/**
 * A promise that failed with nobody listening (lint catches most; this is the net under it)
 * shows in the toast instead of only in the developer console.
 */
export function useUnhandledRejectionToast(): void {
  const toast = useToast();
  const { t } = useTranslation();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) =>
      toast(t('errors.somethingFailed', { reason: describeError(event.reason) }));
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [toast, t]);
}
