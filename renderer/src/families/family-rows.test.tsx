// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ArticleId, FamilyCopy, FamilyId, ListArticlesQuery, SearchRequest } from '../../../preload/api';
import { ClientProvider } from '../api/client-context';
import { App } from '../app/app';
import { LibraryView } from '../library/library-view';
import { createFakeClient, makeArticle, makeSummary } from '../test/fake-client';
import { giveElementsASize, renderWithClient } from '../test/render-with-client';
import { locateRow } from './folded-rows';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());
beforeEach(() => localStorage.clear());
afterEach(cleanup);

const copy = (id: number, siteName: string): FamilyCopy => ({
  id: id as ArticleId,
  title: `Copy ${id} of the wire story`,
  siteName,
  publishedAt: '2025-04-17',
  language: 'en',
});
const family = { id: 9 as FamilyId, originId: 1 as ArticleId, size: 3 };

/** A library of four articles: a family of three (shown as article 3 with two copies) and article 4. */
function listClient() {
  const queries: ListArticlesQuery[] = [];
  const client = createFakeClient({
    total: 4,
    overrides: {
      listArticles: async (query) => {
        queries.push(query);
        if (!query.groupFamilies)
          return { total: 4, articles: [3, 2, 1, 4].map((id) => makeSummary(id, id === 4 ? {} : { family })) };
        return {
          total: 2,
          articles: [
            makeSummary(3, { family, copies: [copy(2, 'Harbour Daily'), copy(1, 'Pacific Trade Wire')] }),
            makeSummary(4),
          ],
        };
      },
    },
  });
  return { client, queries };
}

const rowIds = () => screen.getAllByTestId('article-row').map((r) => r.dataset.id);

describe('families in the article list', () => {
  it('shows a family as one row with "+2 copies", which unfolds and folds its copies', async () => {
    const { client } = listClient();
    renderWithClient(<LibraryView tag={null} />, client);
    await waitFor(() => expect(rowIds()).toEqual(['3', '4']));
    expect(screen.getByTestId('list-count').textContent).toBe('2');

    fireEvent.click(screen.getByTestId('family-copies'));
    await waitFor(() => expect(rowIds()).toEqual(['3', '2', '1', '4']));
    const copyRow = screen.getAllByTestId('article-row')[1]!;
    expect(copyRow.dataset.copyOf).toBe('3');
    expect(within(copyRow).getByText(/Copy 2 of the wire story/)).toBeTruthy();
    expect(copyRow.textContent).toContain('Harbour Daily');

    // ← on a copy folds its family and selects the family's row.
    const list = screen.getByTestId('article-list');
    fireEvent.click(copyRow);
    fireEvent.keyDown(list, { key: 'ArrowLeft' });
    await waitFor(() => expect(rowIds()).toEqual(['3', '4']));
    expect(screen.getAllByTestId('article-row')[0]!.getAttribute('aria-selected')).toBe('true');
    // → on the family's row unfolds it again.
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    await waitFor(() => expect(rowIds()).toEqual(['3', '2', '1', '4']));
  });

  it('shows every copy as its own row when asked, and remembers it', async () => {
    const { client, queries } = listClient();
    renderWithClient(<LibraryView tag={null} />, client);
    await waitFor(() => expect(rowIds()).toEqual(['3', '4']));
    const toggle = screen.getByTestId('every-copy-toggle');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(rowIds()).toEqual(['3', '2', '1', '4']));
    expect(queries.at(-1)?.groupFamilies).toBeUndefined();
    expect(screen.queryByTestId('family-copies')).toBeNull();
    cleanup();

    renderWithClient(<LibraryView tag={null} />, client);
    await waitFor(() => expect(rowIds()).toEqual(['3', '2', '1', '4']));
    expect(screen.getByTestId('every-copy-toggle').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('families in search', () => {
  it('folds a family into its best hit and unfolds its matching copies', async () => {
    const requests: SearchRequest[] = [];
    const client = createFakeClient({
      articles: [makeArticle(3), makeArticle(2), makeArticle(5)],
      overrides: {
        search: async (args) => {
          requests.push(args);
          return {
            total: 2,
            tookMs: 1,
            hits: [
              {
                id: 3 as ArticleId,
                title: 'Best copy',
                score: 2,
                snippet: 'the <mark>licence</mark>',
                publishedAt: '2025-04-18',
                siteName: 'Valley Ledger',
                family,
                copies: [copy(2, 'Harbour Daily')],
              },
              { id: 5 as ArticleId, title: 'Other', score: 1, snippet: 'x', publishedAt: null, siteName: null },
            ],
            facets: { tags: [], entities: [], sites: [], languages: [], years: [] },
          };
        },
      },
    });
    render(
      <ClientProvider client={client}>
        <App />
      </ClientProvider>,
    );
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'licence' } });
    const badge = await screen.findByTestId('family-copies');
    expect(badge.textContent).toContain('+1 copy');
    expect(requests.at(-1)).toMatchObject({ query: 'licence', groupFamilies: true });
    fireEvent.click(badge);
    await waitFor(() => expect(screen.getAllByTestId('search-hit').map((h) => h.dataset.id)).toEqual(['3', '2', '5']));
    fireEvent.click(screen.getAllByTestId('search-hit')[1]!);
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toContain('Article number 2'));
  });
});

describe('locateRow', () => {
  it('maps display rows to server rows around unfolded families', () => {
    const unfolded = [
      { index: 1, copies: 2 },
      { index: 4, copies: 1 },
    ];
    const located = Array.from({ length: 9 }, (_, i) => locateRow(i, unfolded));
    expect(located).toEqual([
      { server: 0 },
      { server: 1 },
      { server: 1, copy: 0 },
      { server: 1, copy: 1 },
      { server: 2 },
      { server: 3 },
      { server: 4 },
      { server: 4, copy: 0 },
      { server: 5 },
    ]);
  });
});
