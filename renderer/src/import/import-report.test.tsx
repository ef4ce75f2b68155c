// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ArticleId, ImportBatch, UploadedFile } from '../../../preload/api';
import { ClientProvider } from '../api/client-context';
import { App } from '../app/app';
import { createFakeClient, makeArticle } from '../test/fake-client';
import { giveElementsASize } from '../test/render-with-client';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = giveElementsASize();
});
afterAll(() => restoreLayout());
afterEach(cleanup);

/** A drop event's DataTransfer as the browser hands it over (jsdom has no DataTransfer). */
function dataTransferOf(files: File[]) {
  return { files, items: files.map((file) => ({ kind: 'file', getAsFile: () => file })), types: ['Files'] };
}

function setup() {
  const uploads: { files: UploadedFile[]; password?: string }[] = [];
  const client = createFakeClient({
    articles: [makeArticle(1, { title: 'Existing story' }), makeArticle(2, { title: 'Fresh story' })],
    overrides: {
      importUploads: async (args): Promise<ImportBatch> => {
        uploads.push(args);
        if (args.password === 'open sesame') {
          return {
            batchId: 'b2',
            results: [{ file: 'locked.pdf', status: 'imported', id: 2 as ArticleId, title: 'Unlocked report' }],
          };
        }
        return {
          batchId: 'b1',
          results: [
            { file: 'fresh.html', status: 'imported', id: 2 as ArticleId, title: 'Fresh story', format: 'html' },
            { file: 'copy.html', status: 'duplicate', duplicateOf: 1 as ArticleId, title: 'Existing story' },
            {
              file: 'locked.pdf',
              status: 'failed',
              error: { code: 'ENCRYPTED', message: 'This PDF is protected by a password.' },
            },
            {
              file: 'broken.docx',
              status: 'failed',
              error: { code: 'CORRUPT_FILE', message: 'This Word file is damaged.' },
            },
          ],
        };
      },
    },
  });
  render(
    <ClientProvider client={client}>
      <App />
    </ClientProvider>,
  );
  return { client, uploads };
}

async function dropFiles(names: string[]) {
  const files = names.map((name) => new File([`contents of ${name}`], name));
  fireEvent.dragEnter(window, { dataTransfer: dataTransferOf(files) });
  expect(screen.getByTestId('drop-overlay')).toBeTruthy();
  fireEvent.drop(window, { dataTransfer: dataTransferOf(files) });
  await waitFor(() => expect(screen.getAllByTestId('import-row')).toHaveLength(4));
}

describe('import report', () => {
  it('uploads dropped files and lists imported, duplicate and failed rows', async () => {
    const { uploads } = setup();
    await dropFiles(['fresh.html', 'copy.html', 'locked.pdf', 'broken.docx']);

    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    expect(uploads[0]?.files.map((f) => [f.name, atob(f.base64)])).toEqual([
      ['fresh.html', 'contents of fresh.html'],
      ['copy.html', 'contents of copy.html'],
      ['locked.pdf', 'contents of locked.pdf'],
      ['broken.docx', 'contents of broken.docx'],
    ]);
    const rows = screen.getAllByTestId('import-row');
    expect(rows.map((r) => [r.dataset.status, r.dataset.code])).toEqual([
      ['imported', undefined],
      ['duplicate', undefined],
      ['failed', 'ENCRYPTED'],
      ['failed', 'CORRUPT_FILE'],
    ]);
    expect(rows[3]?.textContent).toContain('This Word file is damaged.');
    expect(within(rows[3] as HTMLElement).getByTestId('import-retry')).toBeTruthy();
  });

  it('opens the new article from an imported row and the existing one from a duplicate row', async () => {
    setup();
    await dropFiles(['fresh.html', 'copy.html', 'locked.pdf', 'broken.docx']);
    const [imported, duplicate] = screen.getAllByTestId('import-row') as HTMLElement[];

    fireEvent.click(within(imported as HTMLElement).getByRole('button', { name: 'Fresh story' }));
    expect((await screen.findByTestId('reader-title')).textContent).toBe('Fresh story');
    fireEvent.click(within(duplicate as HTMLElement).getByRole('button', { name: 'Existing story' }));
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Existing story'));
  });

  it('retries an encrypted file with the password typed in its row', async () => {
    const { uploads } = setup();
    await dropFiles(['fresh.html', 'copy.html', 'locked.pdf', 'broken.docx']);
    const locked = screen.getAllByTestId('import-row').find((r) => r.dataset.code === 'ENCRYPTED') as HTMLElement;

    fireEvent.change(within(locked).getByTestId('import-password'), { target: { value: 'open sesame' } });
    fireEvent.click(within(locked).getByTestId('import-retry'));

    await waitFor(() => expect(uploads).toHaveLength(2));
    expect(uploads[1]).toMatchObject({ password: 'open sesame', files: [{ name: 'locked.pdf' }] });
    await waitFor(() => {
      const row = screen.getAllByTestId('import-row').find((r) => r.dataset.file === 'locked.pdf');
      expect(row?.dataset.status).toBe('imported');
    });
  });

  it('shows progress from import:progress events and refreshes the list on library:changed', async () => {
    const { client } = setup();
    await screen.findAllByTestId('article-row');
    const listCallsBefore = client.calls.filter((c) => c.method === 'listArticles').length;

    client.emit('import:progress', {
      batchId: 'menu',
      done: 1,
      total: 4,
      currentFile: 'b.pdf',
      bytesDone: 10,
      bytesTotal: 40,
    });
    const progress = await screen.findByTestId('import-progress');
    expect(progress.getAttribute('value')).toBe('1');
    expect(progress.getAttribute('max')).toBe('4');

    client.emit('library:changed', { reason: 'import' });
    await waitFor(() =>
      expect(client.calls.filter((c) => c.method === 'listArticles').length).toBeGreaterThan(listCallsBefore),
    );
  });

  it('lists files in the order dropped, pending until each result arrives, with a summary and Close', async () => {
    let finish: (batch: ImportBatch) => void = () => {};
    const client = createFakeClient({
      total: 0,
      overrides: { importUploads: () => new Promise<ImportBatch>((resolve) => (finish = resolve)) },
    });
    render(
      <ClientProvider client={client}>
        <App />
      </ClientProvider>,
    );
    const names = ['c-third.html', 'a-first.md', 'b-second.pdf'];
    const files = names.map((name) => new File([name], name));
    fireEvent.drop(window, { dataTransfer: dataTransferOf(files) });

    const rowsNow = () => screen.getAllByTestId('import-row').map((r) => [r.dataset.file, r.dataset.status]);
    await waitFor(() => expect(rowsNow()).toEqual(names.map((n) => [n, 'pending'])));

    // The last file finishes first: it gets its status in place, the others keep waiting.
    const pdf = {
      file: 'b-second.pdf',
      status: 'failed' as const,
      error: { code: 'CORRUPT_FILE' as const, message: 'Damaged PDF.' },
    };
    client.emit('import:progress', {
      batchId: 'b',
      done: 1,
      total: 3,
      currentFile: 'b-second.pdf',
      bytesDone: 1,
      bytesTotal: 3,
      result: pdf,
    });
    await waitFor(() =>
      expect(rowsNow()).toEqual([
        ['c-third.html', 'pending'],
        ['a-first.md', 'pending'],
        ['b-second.pdf', 'failed'],
      ]),
    );
    expect(screen.getByTestId('import-summary').textContent).toBe('0 imported, 0 duplicates, 1 failed; 2 waiting');

    finish({
      batchId: 'b',
      results: [
        { file: 'a-first.md', status: 'imported', id: 1 as ArticleId, title: 'First' },
        pdf,
        { file: 'c-third.html', status: 'duplicate', duplicateOf: 1 as ArticleId, title: 'First' },
      ],
    });
    await waitFor(() =>
      expect(rowsNow()).toEqual([
        ['c-third.html', 'duplicate'],
        ['a-first.md', 'imported'],
        ['b-second.pdf', 'failed'],
      ]),
    );
    expect(screen.getByTestId('import-summary').textContent).toBe('1 imported, 1 duplicate, 1 failed');

    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('cancels a running import: the core is told to stop, finished files stay, the rest is reported as cancelled', async () => {
    let finish: (batch: ImportBatch) => void = () => undefined;
    const cancelled: string[] = [];
    const client = createFakeClient({
      overrides: {
        importUploads: () => new Promise<ImportBatch>((resolve) => (finish = resolve)),
        cancelImport: async ({ batchId }) => {
          cancelled.push(batchId);
        },
      },
    });
    render(
      <ClientProvider client={client}>
        <App />
      </ClientProvider>,
    );
    const files = ['one.html', 'two.html'].map((name) => new File([`contents of ${name}`], name));
    fireEvent.drop(window, { dataTransfer: dataTransferOf(files) });
    await waitFor(() => expect(screen.getByTestId('import-cancel')).toBeTruthy());
    client.emit('import:progress', {
      batchId: 'b7',
      done: 1,
      total: 2,
      currentFile: 'two.html',
      bytesDone: 10,
      bytesTotal: 20,
    });

    fireEvent.click(screen.getByTestId('import-cancel'));
    await waitFor(() => expect(cancelled).toEqual(['b7']));
    finish({
      batchId: 'b7',
      results: [
        { file: 'one.html', status: 'imported', id: 3 as ArticleId, title: 'One' },
        { file: 'two.html', status: 'failed', error: { code: 'CANCELLED', message: 'The import was cancelled.' } },
      ],
    });
    await waitFor(() => expect(screen.queryByTestId('import-cancel')).toBeNull());
    expect(screen.getAllByTestId('import-row').map((r) => [r.dataset.status, r.dataset.code])).toEqual([
      ['imported', undefined],
      ['failed', 'CANCELLED'],
    ]);
  });
});
