// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { ArticleId, CreatedQuote, QuoteId } from '../../../preload/api';
import { createFakeClient, makeArticle } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { ReaderResearch } from './reader-research';
import { ToastProvider } from '../ui/toast';

afterEach(cleanup);

const TEXT = 'Nvidia said the H20 chip needs a licence. Huawei declined to comment.';

/** A quote as the core stores it; the fake keeps one per passage, as the core does. */
function quoteOf(id: number, exact: string, start: number, alreadyQuoted: boolean): CreatedQuote {
  return {
    id: id as QuoteId,
    articleId: 1 as ArticleId,
    exact,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(start + exact.length, start + exact.length + 32),
    start,
    end: start + exact.length,
    status: 'to_verify',
    anchorStatus: 'ok',
    citation: {
      outlet: 'The Wire',
      author: null,
      headline: 'Chips',
      publishedAt: null,
      url: null,
      importedAt: '2025-01-01T00:00:00Z',
      sha256: 'ab'.repeat(32),
      fileName: 'chips.html',
    },
    formatted: { plain: exact, markdown: `> ${exact}` },
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    alreadyQuoted,
  };
}

function setup() {
  const stored: CreatedQuote[] = [];
  const client = createFakeClient({
    overrides: {
      createQuote: async ({ exact, start = 0 }) => {
        const existing = stored.find((q) => q.exact === exact && q.start === start);
        if (existing) return { ...existing, alreadyQuoted: true };
        const created = quoteOf(stored.length + 1, exact, start, false);
        stored.push(created);
        return created;
      },
    },
  });
  renderWithClient(
    <ToastProvider>
      <div data-testid="reader-body">
        <p>{TEXT}</p>
      </div>
      <ReaderResearch article={makeArticle(1, { text: TEXT, html: `<p>${TEXT}</p>` })} quotes={[]} libraryVersion={0} />
    </ToastProvider>,
    client,
  );
  return { stored };
}

/** Selects `passage` in the reader body, as a reporter's drag would. */
function select(passage: string): void {
  const text = screen.getByTestId('reader-body').querySelector('p')!.firstChild as Text;
  const range = document.createRange();
  const at = text.data.indexOf(passage);
  range.setStart(text, at);
  range.setEnd(text, at + passage.length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('ReaderResearch: quoting a selection', () => {
  it('says the passage is already in the Quote bank when it was quoted before, and adds nothing', async () => {
    const { stored } = setup();
    select('the H20 chip needs a licence');
    fireEvent.click(screen.getByTestId('quote-button'));
    expect((await screen.findByTestId('toast')).textContent).toBe('Quote saved to the Quote bank.');

    select('the H20 chip needs a licence');
    fireEvent.click(screen.getByTestId('quote-button'));
    expect((await screen.findByText('This passage is already in the Quote bank.')).closest('.toast')).not.toBeNull();
    expect(stored).toHaveLength(1);
  });
});
