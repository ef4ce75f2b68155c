// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientProvider } from '../api/client-context';
import { createFakeClient } from '../test/fake-client';
import { STREAMED_REFRESH_MS, useLibraryVersion } from './use-library-version';

function Version() {
  return <output data-testid="version">{useLibraryVersion()}</output>;
}

const shown = (): number => Number(screen.getByTestId('version').textContent);

describe('useLibraryVersion', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  function setup() {
    const client = createFakeClient();
    render(
      <ClientProvider client={client}>
        <Version />
      </ClientProvider>,
    );
    return client;
  }

  it('refreshes at once for each change a reporter makes', () => {
    const client = setup();
    act(() => {
      client.emit('library:changed', { reason: 'note-created' });
      client.emit('library:changed', { reason: 'quote-created' });
      client.emit('library:changed', { reason: 'article-deleted' });
    });
    expect(shown()).toBe(3);
  });

  it('refreshes an import of many files a few times, not once per file, and ends current', () => {
    const client = setup();
    // 200 files at 20 a second: ten seconds of import.
    for (let i = 0; i < 200; i++) {
      act(() => {
        client.emit('library:changed', { reason: 'import' });
        vi.advanceTimersByTime(50);
      });
    }
    const during = shown();
    expect(during).toBeGreaterThanOrEqual(2);
    expect(during).toBeLessThanOrEqual(Math.ceil(10_000 / STREAMED_REFRESH_MS) + 1);
    // The last files' refresh comes after the stream ends.
    act(() => {
      vi.advanceTimersByTime(STREAMED_REFRESH_MS);
    });
    const after = shown();
    expect(after).toBe(during + 1);
    act(() => {
      vi.advanceTimersByTime(10 * STREAMED_REFRESH_MS);
    });
    expect(shown()).toBe(after);
  });

  it('shows the first imported file at once', () => {
    const client = setup();
    act(() => {
      client.emit('library:changed', { reason: 'import' });
    });
    expect(shown()).toBe(1);
  });
});
