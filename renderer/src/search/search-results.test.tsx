// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ArticleId, SearchRequest, SearchResult } from '../../../preload/api';
import { ClientProvider } from '../api/client-context';
import { App } from '../app/app';
import { createFakeClient, makeArticle } from '../test/fake-client';

afterEach(cleanup);

const EMPTY_FACETS = { tags: [], entities: [], sites: [], languages: [], years: [] };

function resultFor(query: string): SearchResult {
  return {
    total: 1,
    tookMs: 3,
    hits: [
      {
        id: 4 as ArticleId,
        title: `Hit for ${query}`,
        score: 1,
        snippet: 'before <mark>export</mark> after <img src=x onerror="window.__pwned=1"><b>bold</b>',
        publishedAt: '2024-05-01',
        siteName: 'Reuters',
      },
    ],
    facets: { ...EMPTY_FACETS, tags: [{ value: 'chips', count: 3 }], years: [{ value: '2024', count: 1 }] },
    ...(query.includes('"') ? { warning: 'An unbalanced quote was ignored.' } : {}),
    highlightTerms: ['export'],
  };
}

function setup(delayFor: (query: string) => number = () => 0) {
  const requests: SearchRequest[] = [];
  const client = createFakeClient({
    articles: [makeArticle(4, { title: 'The export story', html: '<p>New export rules.</p>' })],
    overrides: {
      search: (args) => {
        requests.push(args);
        return new Promise((resolve) => setTimeout(() => resolve(resultFor(args.query)), delayFor(args.query)));
      },
    },
  });
  render(
    <ClientProvider client={client}>
      <App />
    </ClientProvider>,
  );
  return { requests, input: screen.getByTestId('search-input') as HTMLInputElement };
}

describe('search', () => {
  it('debounces typing into one request and shows the sanitized snippet', async () => {
    const { requests, input } = setup();
    for (const q of ['e', 'ex', 'exp', 'export']) fireEvent.change(input, { target: { value: q } });
    const hit = await screen.findByTestId('search-hit');
    expect(requests.map((r) => r.query)).toEqual(['export']);
    const snippet = screen.getByTestId('search-snippet');
    expect(snippet.innerHTML).toBe('before <mark>export</mark> after bold');
    expect(hit.textContent).toContain('Reuters');
  });

  it('ignores a slow answer to an older query', async () => {
    const { input } = setup((q) => (q === 'old' ? 400 : 0));
    fireEvent.change(input, { target: { value: 'old' } });
    await waitFor(() => expect(screen.getByTestId('search-count').textContent).toBe('Searching…'), { timeout: 1000 });
    await new Promise((r) => setTimeout(r, 200)); // the 'old' request is now in flight
    fireEvent.change(input, { target: { value: 'new' } });
    await screen.findByText('Hit for new');
    await new Promise((r) => setTimeout(r, 400));
    expect(screen.queryByText('Hit for old')).toBeNull();
  });

  it('adds a facet to the query, shows the warning, and opens a hit with its terms marked', async () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'export "rules' } });
    expect((await screen.findByTestId('search-warning')).textContent).toContain('unbalanced quote');

    fireEvent.click(screen.getAllByTestId('facet').find((f) => f.dataset.value === 'chips') as HTMLElement);
    expect(input.value).toBe('export "rules tag:"chips"');
    fireEvent.click(screen.getAllByTestId('facet').find((f) => f.dataset.value === '2024') as HTMLElement);
    expect(input.value).toBe('export "rules tag:"chips" date:2024');

    fireEvent.click(await screen.findByTestId('search-hit'));
    await screen.findByTestId('reader-title');
    await waitFor(() => expect(screen.getByTestId('reader-body').querySelector('mark')?.textContent).toBe('export'));

    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
  });
});
