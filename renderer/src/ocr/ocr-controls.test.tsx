// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ArticleId, ArticleOcr, InterfaceSettings, OcrJobSummary } from '../../../preload/api';
import { Reader } from '../reader/reader';
import { OcrLanguagesSetting } from '../settings/ocr-languages-setting';
import { createFakeClient, makeArticle } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { ImportOcrLanguages } from './import-ocr-languages';

afterEach(cleanup);

const callsOf = (client: ReturnType<typeof createFakeClient>, method: string) =>
  client.calls.filter((c) => c.method === method).map((c) => c.args);

describe('OCR languages and cancelling, from the window', () => {
  it('saves the library’s OCR languages from the settings panel, never leaving none', async () => {
    let settings: InterfaceSettings = { language: null, systemLocale: null, ocrLanguages: 'eng' };
    const client = createFakeClient({
      overrides: {
        getSettings: async () => settings,
        updateSettings: async (args) => (settings = { ...settings, ...args }),
      },
    });
    renderWithClient(<OcrLanguagesSetting />, client);
    const group = await screen.findByRole('group', { name: 'Languages of scans (OCR)' });
    const english = within(group).getByRole('checkbox', { name: 'English' });
    expect((english as HTMLInputElement).checked).toBe(true);
    expect((english as HTMLInputElement).disabled).toBe(true); // the only one: OCR needs a language
    fireEvent.click(within(group).getByRole('checkbox', { name: 'French' }));
    await waitFor(() => expect(callsOf(client, 'updateSettings')).toEqual([{ ocrLanguages: 'eng+fra' }]));
    await waitFor(() => expect((english as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(english);
    await waitFor(() => expect(settings.ocrLanguages).toBe('fra'));
  });

  it('reads the scans of an import in other languages, from the import report', async () => {
    const job = (id: number): OcrJobSummary => ({
      articleId: id as ArticleId,
      title: `Fax ${id}`,
      fileName: `fax-${id}.pdf`,
      status: 'pending',
      languages: 'eng',
      ocrPages: 2,
      ocrPagesFinished: 0,
      lowQualityPages: [],
      note: null,
    });
    const client = createFakeClient({
      overrides: {
        listOcrJobs: async () => [job(5), job(6), job(99)],
        retryOcr: async ({ id, languages }) => ({ ...job(id), languages: languages ?? 'eng' }),
      },
    });
    renderWithClient(<ImportOcrLanguages ids={[5 as ArticleId, 6 as ArticleId, 7 as ArticleId]} />, client);
    expect((await screen.findByTestId('import-ocr-summary')).textContent).toBe(
      '2 scans in this import are read in English.',
    );
    const apply = screen.getByRole('button', { name: 'Read in these languages' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'French' }));
    fireEvent.click(apply);
    await waitFor(() =>
      expect(callsOf(client, 'retryOcr')).toEqual([
        { id: 5, languages: 'eng+fra' },
        { id: 6, languages: 'eng+fra' },
      ]),
    );
  });

  it('stops reading a pending scan from the reader, then offers to read it again', async () => {
    let ocr: ArticleOcr = {
      articleId: 3 as ArticleId,
      kind: 'pdf',
      status: 'pending',
      languages: 'eng',
      pages: 2,
      ocrPages: 2,
      ocrPagesFinished: 0,
      note: null,
      pageList: [],
    };
    const client = createFakeClient({
      articles: [makeArticle(3, { format: 'pdf', html: '', text: '' })],
      overrides: {
        getArticleOcr: async () => ocr,
        cancelOcr: async () => {
          ocr = { ...ocr, status: 'cancelled' };
          return { ...ocr, title: '', fileName: '', lowQualityPages: [] };
        },
      },
    });
    renderWithClient(
      <Reader
        opened={{ id: 3 as ArticleId, highlightTerms: [] }}
        libraryVersion={0}
        onPickTag={() => {}}
        onPickEntity={() => {}}
      />,
      client,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Stop reading' }, { timeout: 5000 }));
    expect(callsOf(client, 'cancelOcr')).toEqual([{ id: 3 }]);
    await waitFor(() =>
      expect(screen.getByTestId('ocr-status').textContent).toBe('OCR was cancelled; the pages read so far are kept.'),
    );
    expect(screen.getByRole('button', { name: 'Read again' })).toBeTruthy();
  });
});
