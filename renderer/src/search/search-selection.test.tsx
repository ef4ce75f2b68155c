// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ArticleId, SearchResult } from '../../../preload/api';
import { ClientProvider } from '../api/client-context';
import { App } from '../app/app';
import { createFakeClient } from '../test/fake-client';
import { giveElementsASize } from '../test/render-with-client';
import { listActiveFilters, removeFilters } from './query-filters';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());
afterEach(cleanup);

const NO_FACETS = { tags: [], entities: [], sites: [], languages: [], years: [] };

/** Three hits for a bare query; nothing once a filter narrows it. */
function resultFor(query: string): SearchResult {
  if (listActiveFilters(query).length > 0) return { total: 0, tookMs: 1, hits: [], facets: NO_FACETS };
  const hits = [11, 12, 13].map((id) => ({
    id: id as ArticleId,
    title: `Story ${id}`,
    score: 1,
    snippet: 'x',
    publishedAt: null,
    siteName: null,
  }));
  return { total: hits.length, tookMs: 1, hits, facets: NO_FACETS };
}

function setup() {
  const client = createFakeClient({
    total: 20,
    overrides: {
      search: async ({ query }) => resultFor(query),
      listTags: async () => [],
      tagArticles: async ({ ids, tags }) => ids.map((id) => ({ id, tags })),
    },
  });
  render(
    <ClientProvider client={client}>
      <App />
    </ClientProvider>,
  );
  return { client, input: screen.getByTestId('search-input') as HTMLInputElement };
}

const hit = (id: number) => screen.getAllByTestId('search-hit').find((h) => h.dataset.id === String(id)) as HTMLElement;

describe('search results', () => {
  it('select several hits with Ctrl/Shift-click and tag them with T', async () => {
    const { client, input } = setup();
    fireEvent.change(input, { target: { value: 'export' } });
    await screen.findAllByTestId('search-hit');

    fireEvent.click(hit(11));
    fireEvent.click(hit(13), { shiftKey: true });
    expect(screen.getByTestId('bulk-count').textContent).toBe('3 selected');
    fireEvent.click(hit(12), { ctrlKey: true });
    expect(screen.getByTestId('bulk-count').textContent).toBe('2 selected');
    expect(screen.getAllByTestId('search-hit').map((h) => h.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'true',
    ]);

    fireEvent.keyDown(document.body, { key: 't' });
    expect(screen.getByTestId('tag-dialog').textContent).toContain('Tag 2 articles');
    fireEvent.change(screen.getByTestId('tag-input'), { target: { value: 'story/export' } });
    fireEvent.click(screen.getByTestId('tag-apply'));
    await waitFor(() => expect(screen.queryByTestId('tag-dialog')).toBeNull());
    expect(client.calls.filter((c) => c.method === 'tagArticles').map((c) => c.args)).toEqual([
      { ids: [11, 13], tags: ['story/export'] },
    ]);
  });

  it('builds the same selection from the keyboard: arrows move, Space adds or removes', async () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'export' } });
    await screen.findAllByTestId('search-hit');
    const list = screen.getByTestId('search-hits');
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: ' ' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: ' ' });
    expect(screen.getByTestId('bulk-count').textContent).toBe('2 selected');
    expect(list.getAttribute('aria-multiselectable')).toBe('true');
    fireEvent.keyDown(list, { key: ' ' });
    expect(screen.queryByTestId('bulk-bar')).toBeNull();

    // Shift+arrows extend from where the selection started, and shrink back.
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(list, { key: 'ArrowDown', shiftKey: true });
    expect(screen.getByTestId('bulk-count').textContent).toBe('3 selected');
    fireEvent.keyDown(list, { key: 'ArrowUp', shiftKey: true });
    expect(screen.getByTestId('bulk-count').textContent).toBe('2 selected');
    expect(screen.getAllByTestId('search-hit').map((h) => h.getAttribute('aria-selected'))).toEqual([
      'true',
      'true',
      'false',
    ]);
  });

  it('says which filters emptied the results and drops them in one click', async () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'export tag:"story/x" lang:fr' } });
    const empty = await screen.findByTestId('search-empty');
    expect(screen.getAllByTestId('active-filter').map((f) => f.firstElementChild?.textContent)).toEqual([
      'Tag: story/x',
      'Language: fr',
    ]);
    expect(empty.textContent).toContain('export');

    fireEvent.click(screen.getAllByTestId('active-filter-remove')[1] as HTMLElement);
    expect(input.value).toBe('export tag:"story/x"');
    await screen.findByTestId('search-empty');
    fireEvent.click(screen.getByTestId('search-drop-filters'));
    expect(input.value).toBe('export');
    expect(await screen.findAllByTestId('search-hit')).toHaveLength(3);
  });
});

describe('query filters', () => {
  it('finds filter clauses, quoted or bare or negated, and removes them', () => {
    const q = 'huawei -lang:zh tag:"story/a b" date:2024 site:reuters.com';
    expect(listActiveFilters(q).map((f) => [f.field, f.value, f.negated])).toEqual([
      ['lang', 'zh', true],
      ['tag', 'story/a b', false],
      ['date', '2024', false],
      ['site', 'reuters.com', false],
    ]);
    expect(removeFilters(q, ['tag:"story/a b"', '-lang:zh'])).toBe('huawei date:2024 site:reuters.com');
    expect(listActiveFilters('title:export "tag:not a filter')).toEqual([]);
  });
});
