// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LibraryView } from './library-view';
import { createFakeClient } from '../test/fake-client';
import { giveElementsASize, renderWithClient } from '../test/render-with-client';
import { PAGE_SIZE } from './use-article-pages';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());
afterEach(cleanup);

const selectedIds = () =>
  screen
    .getAllByTestId('article-row')
    .filter((row) => row.getAttribute('aria-selected') === 'true')
    .map((row) => row.dataset.id);

describe('article list', () => {
  it('renders only the visible rows of a 50,000-article library and fetches one page', async () => {
    const client = createFakeClient({ total: 50_000 });
    renderWithClient(<LibraryView tag={null} />, client);

    const rows = await screen.findAllByTestId('article-row');
    expect(rows[0]).toHaveProperty('textContent', expect.stringContaining('Article number 1'));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByTestId('list-count').textContent).toBe((50_000).toLocaleString());
    const listCalls = client.calls.filter((c) => c.method === 'listArticles');
    expect(listCalls).toEqual([{ method: 'listArticles', args: { limit: PAGE_SIZE, offset: 0, groupFamilies: true } }]);
  });

  it('fetches the page for rows scrolled into view, not the ones in between', async () => {
    const client = createFakeClient({ total: 50_000 });
    renderWithClient(<LibraryView tag={null} />, client);
    const list = await screen.findByTestId('article-list');
    await screen.findAllByTestId('article-row');

    act(() => {
      list.scrollTop = 76 * 30_000;
      fireEvent.scroll(list);
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('article-row').some((r) => r.textContent?.includes('Article number 30001'))).toBe(
        true,
      ),
    );
    const offsets = client.calls
      .filter((c) => c.method === 'listArticles')
      .map((c) => (c.args as { offset: number }).offset);
    expect(offsets).toContain(30_000);
    expect(offsets.length).toBeLessThan(5);
  });

  it('moves the selection with ↓/j/k/↑ and opens the selected article with Enter', async () => {
    const client = createFakeClient({ total: 1_000 });
    renderWithClient(<LibraryView tag={null} />, client);
    const list = await screen.findByTestId('article-list');
    await screen.findAllByTestId('article-row');
    list.focus();

    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selectedIds()).toEqual(['1']);
    fireEvent.keyDown(list, { key: 'j' });
    fireEvent.keyDown(list, { key: 'j' });
    expect(selectedIds()).toEqual(['3']);
    fireEvent.keyDown(list, { key: 'k' });
    expect(selectedIds()).toEqual(['2']);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(selectedIds()).toEqual(['1']);
    fireEvent.keyDown(list, { key: 'ArrowDown' });

    expect(screen.getByTestId('reader-empty')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'Enter' });
    const title = await screen.findByTestId('reader-title');
    expect(title.textContent).toBe('Article number 2');
    expect(within(screen.getByTestId('reader-info')).getByTestId('info-file-name').textContent).toBe('article-2.html');
  });

  it('shows the empty state with a hint to drop files when the library is empty', async () => {
    renderWithClient(<LibraryView tag={null} />, createFakeClient({ total: 0 }));
    const empty = await screen.findByTestId('list-empty');
    expect(empty.textContent).toMatch(/Drag files or folders/);
  });

  it('shows an error banner with the message, and Retry loads the list', async () => {
    let fail = true;
    const client = createFakeClient({ total: 3 });
    const list = client.listArticles;
    client.listArticles = async (query) => {
      if (fail) throw new Error('The library file is locked by another program.');
      return list(query);
    };
    renderWithClient(<LibraryView tag={null} />, client);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('locked by another program');
    fail = false;
    fireEvent.click(within(banner).getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByTestId('article-row')).toHaveLength(3);
  });
});
