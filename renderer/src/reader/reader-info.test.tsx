// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ArticleForReader, ArticleId, ArticleMetadataChanges } from '../../../preload/api';
import { ClientError } from '../api/client';
import { Reader } from './reader';
import { createFakeClient, makeArticle } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';

afterEach(cleanup);

/** A fake library of one printed-to-PDF article whose edits behave as the core's do (kept apart, date checked). */
function renderPrintedPdf() {
  let article: ArticleForReader = makeArticle(4, {
    title: "tout pour former votre modèle d'IA",
    format: 'pdf',
    publishedAt: '2024-03-12T08:45:00.000Z',
    publishedAtSource: 'pdf-metadata',
  });
  const sent: ArticleMetadataChanges[] = [];
  const client = createFakeClient({
    articles: [article],
    overrides: {
      getArticle: async () => article,
      updateArticleMetadata: async ({ changes }) => {
        sent.push(changes);
        if (changes.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(changes.publishedAt)) {
          throw new ClientError({ code: 'INVALID_INPUT', message: 'Write the date as YYYY-MM-DD.' });
        }
        const { revert: _revert, ...set } = changes;
        const fields = Object.keys(set) as (keyof typeof set)[];
        article = {
          ...article,
          ...set,
          title: set.title ?? article.title,
          editedFields: [...new Set([...article.editedFields, ...fields])],
          extracted: { ...Object.fromEntries(fields.map((f) => [f, article[f]])), ...article.extracted },
          publishedAtSource: set.publishedAt ? 'user' : article.publishedAtSource,
        };
        return article;
      },
    },
  });
  renderWithClient(
    <Reader
      opened={{ id: 4 as ArticleId, highlightTerms: [] }}
      libraryVersion={0}
      onPickTag={() => {}}
      onPickEntity={() => {}}
    />,
    client,
  );
  return { sent };
}

describe('reader info: metadata sources and the edit form', () => {
  it('says a PDF’s date is the document’s date, not the story’s', async () => {
    renderPrintedPdf();
    const date = await screen.findByTestId('info-publishedAt-source');
    expect(date.textContent).toContain('document date (PDF metadata)');
  });

  it('edits the title from the keyboard, sends only what changed, and shows it as edited', async () => {
    const { sent } = renderPrintedPdf();
    fireEvent.click(await screen.findByTestId('info-edit'));
    const title = screen.getByLabelText('Title');
    expect(document.activeElement).toBe(title);
    fireEvent.change(title, { target: { value: 'Nvidia opens a training centre' } });
    fireEvent.submit(screen.getByTestId('metadata-form'));

    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Nvidia opens a training centre'));
    expect(sent).toEqual([{ title: 'Nvidia opens a training centre' }]);
    expect(screen.queryByTestId('metadata-form')).toBeNull();
    expect(screen.getByTestId('info-title-source').textContent).toContain(
      "edited (the file said “tout pour former votre modèle d'IA”)",
    );
  });

  it('shows a refused value to the reporter and keeps the form open; Escape cancels', async () => {
    renderPrintedPdf();
    fireEvent.click(await screen.findByTestId('info-edit'));
    // A browser without a date picker lets any text through; the core says what is wrong.
    const date = screen.getByLabelText('Date');
    date.setAttribute('type', 'text');
    fireEvent.change(date, { target: { value: '12/03/2024' } });
    fireEvent.click(screen.getByTestId('metadata-save'));

    expect((await screen.findByRole('alert')).textContent).toBe('Write the date as YYYY-MM-DD.');
    expect(screen.getByTestId('metadata-form')).toBeTruthy();
    fireEvent.keyDown(screen.getByLabelText('Title'), { key: 'Escape' });
    expect(screen.queryByTestId('metadata-form')).toBeNull();
    expect(screen.getByTestId('info-publishedAt-source').textContent).toContain('document date');
  });
});
