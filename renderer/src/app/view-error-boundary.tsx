import { useTranslation } from 'react-i18next';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBanner } from '../ui/error-banner';

interface Props {
  /** Changes when the reporter goes to another view: the boundary then forgets the error. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a view that throws while rendering, so one broken view shows a message with Retry
 * instead of taking the whole window to a white screen; the sidebar and toolbar keep working.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[dossier] a view failed to render', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ViewFailed message={error.message} onRetry={() => this.setState({ error: null })} />;
  }
}

/** The banner in the reporter's language (the boundary is a class, so hooks live here). */
function ViewFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorBanner
      title={t('errors.viewFailedTitle')}
      message={t('errors.viewFailedMessage', { message })}
      onRetry={onRetry}
    />
  );
}
