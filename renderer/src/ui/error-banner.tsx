import { useTranslation } from 'react-i18next';

/** A designed error state: what went wrong, in the core's words, and a way to try again. */
export function ErrorBanner({ message, onRetry, title }: { message: string; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <div className="error-banner__text">
        <strong>{title ?? t('errors.somethingWentWrong')}</strong>
        <span>{message}</span>
      </div>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
