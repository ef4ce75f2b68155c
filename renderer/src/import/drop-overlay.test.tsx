// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ClientProvider } from '../api/client-context';
import { App } from '../app/app';
import { createFakeClient } from '../test/fake-client';
import { giveElementsASize } from '../test/render-with-client';
import { PREPARE_IMPORT_INTERVAL_MS } from './use-prepare-import';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A drag's DataTransfer as the browser hands it over (jsdom has no DataTransfer). */
const carryingFiles = { dataTransfer: { files: [], items: [], types: ['Files'] } };
const carryingText = { dataTransfer: { files: [], items: [], types: ['text/plain'] } };

function setup() {
  // Only the clock: Testing Library's waits keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-01-02T10:00:00Z'));
  const client = createFakeClient();
  render(
    <ClientProvider client={client}>
      <App />
    </ClientProvider>,
  );
  const warmUps = () => client.calls.filter((c) => c.method === 'prepareImport').length;
  return { warmUps };
}

describe('getting the parser threads ready before an import', () => {
  it('asks the core once when files are dragged onto the window, not on every drag event', () => {
    const { warmUps } = setup();
    expect(warmUps()).toBe(0);

    fireEvent.dragEnter(window, carryingFiles);
    expect(screen.getByTestId('drop-overlay')).toBeTruthy();
    expect(warmUps()).toBe(1);

    // The drag crosses elements, hovers, leaves and comes back within a few seconds.
    fireEvent.dragEnter(window, carryingFiles);
    for (let i = 0; i < 20; i++) fireEvent.dragOver(window, carryingFiles);
    fireEvent.dragLeave(window, carryingFiles);
    fireEvent.dragLeave(window, carryingFiles);
    vi.setSystemTime(Date.now() + PREPARE_IMPORT_INTERVAL_MS - 100);
    fireEvent.dragEnter(window, carryingFiles);
    expect(warmUps()).toBe(1);

    // A later drag is a new gesture (the core may have let its idle threads go).
    fireEvent.dragLeave(window, carryingFiles);
    vi.setSystemTime(Date.now() + PREPARE_IMPORT_INTERVAL_MS);
    fireEvent.dragEnter(window, carryingFiles);
    expect(warmUps()).toBe(2);
  });

  it('does not ask for a drag that carries no files (text or a link moved inside the page)', () => {
    const { warmUps } = setup();
    fireEvent.dragEnter(window, carryingText);
    fireEvent.dragOver(window, carryingText);
    expect(warmUps()).toBe(0);
  });

  it('asks when the import file picker opens', () => {
    const { warmUps } = setup();
    fireEvent.click(screen.getByTestId('import-button'));
    expect(warmUps()).toBe(1);
    // Dragging files on right after is the same gesture.
    fireEvent.dragEnter(window, carryingFiles);
    expect(warmUps()).toBe(1);
  });
});
