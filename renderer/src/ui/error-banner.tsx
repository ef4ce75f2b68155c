/** A designed error state: what went wrong, in the core's words, and a way to try again. */
export function ErrorBanner({
  message,
  onRetry,
  title = 'Something went wrong',
}: {
  message: string;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <div className="error-banner__text">
        <strong>{title}</strong>
        <span>{message}</span>
      </div>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
