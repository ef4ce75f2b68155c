// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ArticleId, NoteId, NoteSummary, SearchResult } from '../../../preload/api';
import { ClientProvider } from '../api/client-context';
import { App } from '../app/app';
import { createFakeClient, makeArticle } from '../test/fake-client';

afterEach(cleanup);

const EMPTY_FACETS = { tags: [], entities: [], sites: [], languages: [], years: [] };
const storyNote: NoteSummary = {
  id: 8 as NoteId,
  articleId: null,
  body: 'Story plan: the walrus memo',
  createdAt: '2024-05-01',
  updatedAt: '2024-05-01',
  articleTitle: null,
  eventDate: null,
};

function setup(result: SearchResult) {
  const client = createFakeClient({
    articles: [makeArticle(4, { title: 'The export story', html: '<p>New export rules.</p>' })],
    overrides: {
      search: async () => result,
      listNotes: async (args) => (args.articleId === undefined ? [storyNote] : []),
    },
  });
  render(
    <ClientProvider client={client}>
      <App />
    </ClientProvider>,
  );
  fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'walrus' } });
}

const noteHits: SearchResult['noteHits'] = [
  {
    noteId: 7 as NoteId,
    articleId: 4 as ArticleId,
    articleTitle: 'The export story',
    snippet: 'Ask about the <mark>walrus</mark> <img src=x onerror="x()">memo',
    updatedAt: '2024-05-01',
  },
  {
    noteId: 8 as NoteId,
    articleId: null,
    articleTitle: null,
    snippet: 'Story plan: the <mark>walrus</mark> memo',
    updatedAt: '2024-05-01',
  },
];

describe('search: note hits', () => {
  it('lists matching notes above the article hits, sanitized, and opens a note on an article in the reader', async () => {
    setup({ total: 0, tookMs: 1, hits: [], facets: EMPTY_FACETS, highlightTerms: ['walrus'], noteHits });
    const hits = await screen.findAllByTestId('note-hit');
    expect(hits.map((h) => h.textContent)).toEqual([
      'Note on “The export story”Ask about the walrus memo',
      'Story note' + 'Story plan: the walrus memo',
    ]);
    expect(screen.getAllByTestId('note-hit-snippet')[0]!.innerHTML).toBe('Ask about the <mark>walrus</mark> memo');
    // Note hits are results: no "no matches" message beside them, and the count says what matched.
    expect(screen.queryByTestId('search-empty')).toBeNull();
    expect(screen.getByTestId('search-count').textContent).toBe('0 articles · 2 notes · 1 ms');

    fireEvent.click(hits[0]!);
    expect((await screen.findByTestId('reader-title')).textContent).toContain('The export story');
  });

  it('opens a story note in the Notes view', async () => {
    setup({ total: 0, tookMs: 1, hits: [], facets: EMPTY_FACETS, highlightTerms: ['walrus'], noteHits });
    const hits = await screen.findAllByTestId('note-hit');
    fireEvent.click(hits[1]!);
    await screen.findByTestId('view-notes');
    await waitFor(() => expect(screen.getByTestId('note-card').dataset.id).toBe('8'));
  });

  it('marks an article hit whose snippet comes from a note', async () => {
    setup({
      total: 1,
      tookMs: 1,
      hits: [
        {
          id: 4 as ArticleId,
          title: 'The export story',
          score: 1,
          snippet: 'Ask about the <mark>walrus</mark>',
          publishedAt: null,
          siteName: null,
          snippetNoteId: 7 as NoteId,
        },
      ],
      facets: EMPTY_FACETS,
    });
    const hit = await screen.findByTestId('search-hit');
    expect(hit.querySelector('[data-testid="search-hit-from-note"]')?.textContent).toBe(
      'From your note on this article',
    );
    expect(screen.queryByTestId('note-hits')).toBeNull();
  });
});
