// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ToastProvider } from '../ui/toast';
import { ViewErrorBoundary } from './view-error-boundary';
import { useUnhandledRejectionToast } from './use-unhandled-rejection-toast';
import '../i18n/i18n';

afterEach(cleanup);

let brokenRenders = 0;
function BrokenView(): never {
  brokenRenders += 1;
  throw new Error('The notes list came back malformed.');
}
function WorkingView({ name }: { name: string }) {
  return <p>{name} view</p>;
}

describe('ViewErrorBoundary', () => {
  it('shows a recoverable message for a view that throws, and other views still render', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <>
        <ViewErrorBoundary resetKey="notes">
          <BrokenView />
        </ViewErrorBoundary>
        <p>Sidebar</p>
      </>,
    );
    expect(screen.getByTestId('error-banner').textContent).toContain('This view could not be shown');
    expect(screen.getByTestId('error-banner').textContent).toContain('The notes list came back malformed.');
    expect(screen.getByText('Sidebar')).toBeTruthy();

    brokenRenders = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(brokenRenders).toBeGreaterThan(0);
    expect(screen.getByTestId('error-banner')).toBeTruthy();

    rerender(
      <>
        <ViewErrorBoundary resetKey="library">
          <WorkingView name="Library" />
        </ViewErrorBoundary>
        <p>Sidebar</p>
      </>,
    );
    expect(screen.queryByTestId('error-banner')).toBeNull();
    expect(screen.getByText('Library view')).toBeTruthy();
    quiet.mockRestore();
  });
});

describe('useUnhandledRejectionToast', () => {
  function Frame() {
    useUnhandledRejectionToast();
    return null;
  }

  it('shows a promise nobody handled in the toast', () => {
    render(
      <ToastProvider>
        <Frame />
      </ToastProvider>,
    );
    const event = Object.assign(new Event('unhandledrejection'), { reason: new Error('Disk full.') });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(screen.getByTestId('toast').textContent).toBe('Something failed: Disk full.');
  });
});
