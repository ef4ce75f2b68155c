import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/client';
import { useToast } from './toast';

/** Lets a promise started from an event handler run; shows its failure to the reporter. */
export type ReportFailure = (work: Promise<unknown>, what: string) => void;

/**
 * For writes started from a click or a keystroke, which nothing awaits: a failure shows in the
 * toast as "Could not <what>: <reason>" (in the interface language; `what` comes translated) instead of vanishing as an unhandled rejection. Actions
 * that show their own errors inline still go through it, so a bug in their handler is seen too.
 */
export function useReportFailure(): ReportFailure {
  const toast = useToast();
  const { t } = useTranslation();
  return useCallback(
    (work, what) => {
      work.catch((err: unknown) => toast(t('errors.couldNot', { what, reason: describeError(err) })));
    },
    [toast, t],
  );
}
