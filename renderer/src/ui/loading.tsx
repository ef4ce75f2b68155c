import { useTranslation } from 'react-i18next';
/** A quiet loading indicator that screen readers announce. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__dot" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
