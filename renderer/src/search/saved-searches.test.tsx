// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ArticleId, SavedSearchId, SavedSearchSummary, SearchResult } from '../../../preload/api';
import { ClientProvider } from '../api/client-context';
import { App } from '../app/app';
import { createFakeClient } from '../test/fake-client';
import { giveElementsASize } from '../test/render-with-client';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());
afterEach(cleanup);

const NO_FACETS = { tags: [], entities: [], sites: [], languages: [], years: [] };
const result = (query: string): SearchResult => ({
  total: 1,
  tookMs: 2,
  hits: [
    {
      id: 1 as ArticleId,
      title: `Hit for ${query}`,
      score: 1,
      snippet: 'a <mark>hit</mark>',
      publishedAt: null,
      siteName: null,
    },
  ],
  facets: NO_FACETS,
});

/**
 * A fake whose saved searches live in an array, as the core keeps them, and which announces a
 * save or a delete with library:changed, as the core does (main/core/search/handlers.ts).
 */
function setup() {
  const saved: SavedSearchSummary[] = [
    { id: 1 as SavedSearchId, name: 'Huawei chips', query: 'huawei chips', newMatches: 3 },
  ];
  const client = createFakeClient({
    total: 2,
    overrides: {
      search: async ({ query }) => result(query),
      listSavedSearches: async () => saved.map((s) => ({ ...s })),
      saveSearch: async ({ name, query }) => {
        const s = { id: (saved.length + 10) as SavedSearchId, name, query, newMatches: 0 };
        saved.push(s);
        client.emit('library:changed', { reason: 'saved-search-added' });
        return s;
      },
      openSavedSearch: async ({ id }) => {
        const s = saved.find((x) => x.id === id)!;
        s.newMatches = 0;
        return s;
      },
      deleteSavedSearch: async ({ id }) => {
        saved.splice(
          saved.findIndex((x) => x.id === id),
          1,
        );
        client.emit('library:changed', { reason: 'saved-search-deleted' });
      },
    },
  });
  render(
    <ClientProvider client={client}>
      <App />
    </ClientProvider>,
  );
  return { client, saved, input: screen.getByTestId('search-input') as HTMLInputElement };
}

const savedItem = (name: string) =>
  screen.queryAllByTestId('sidebar-saved-search').find((el) => el.dataset.name === name);

describe('saved searches', () => {
  it('shows new matches as a badge; a click runs the search and marks them seen', async () => {
    const { client, input } = setup();
    await waitFor(() => expect(savedItem('Huawei chips')).toBeTruthy());
    expect(within(savedItem('Huawei chips')!).getByTestId('sidebar-badge').textContent).toBe('3 new');

    fireEvent.click(savedItem('Huawei chips')!);
    expect(input.value).toBe('huawei chips');
    expect(await screen.findByText('Hit for huawei chips')).toBeTruthy();
    expect(client.calls.filter((c) => c.method === 'openSavedSearch').map((c) => c.args)).toEqual([{ id: 1 }]);
    await waitFor(() => expect(within(savedItem('Huawei chips')!).queryByTestId('sidebar-badge')).toBeNull());
  });

  it('saves the current query under a name from the button beside the search field', async () => {
    const { client, input } = setup();
    expect(screen.queryByTestId('save-search')).toBeNull();
    fireEvent.change(input, { target: { value: 'export controls lang:fr' } });
    fireEvent.click(screen.getByTestId('save-search'));

    const name = screen.getByTestId('save-search-name') as HTMLInputElement;
    expect(name.value).toBe('export controls lang:fr');
    fireEvent.change(name, { target: { value: 'French export stories' } });
    fireEvent.click(screen.getByTestId('save-search-confirm'));

    await waitFor(() => expect(savedItem('French export stories')).toBeTruthy());
    expect(client.calls.filter((c) => c.method === 'saveSearch').map((c) => c.args)).toEqual([
      { name: 'French export stories', query: 'export controls lang:fr' },
    ]);
    expect(screen.queryByTestId('save-search-dialog')).toBeNull();
  });

  it('closes the save dialog on Escape without saving, and gives focus back', async () => {
    const { client, input } = setup();
    fireEvent.change(input, { target: { value: 'tiktok' } });
    const button = screen.getByTestId('save-search');
    button.focus();
    fireEvent.click(button);
    const name = screen.getByTestId('save-search-name');
    expect(document.activeElement).toBe(name);
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(screen.queryByTestId('save-search-dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(input.value).toBe('tiktok');
    expect(client.calls.some((c) => c.method === 'saveSearch')).toBe(false);
  });

  it('deletes a saved search only after the confirmation', async () => {
    const { client } = setup();
    await waitFor(() => expect(savedItem('Huawei chips')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Delete saved search Huawei chips' }));
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(client.calls.some((c) => c.method === 'deleteSavedSearch')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Delete saved search Huawei chips' }));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(savedItem('Huawei chips')).toBeUndefined());
    expect(client.calls.filter((c) => c.method === 'deleteSavedSearch').map((c) => c.args)).toEqual([{ id: 1 }]);
  });
});
