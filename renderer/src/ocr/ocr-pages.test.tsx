// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ArticleId, ArticleOcr, OcrPage } from '../../../preload/api';
import { Reader } from '../reader/reader';
import { createFakeClient, makeArticle } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';

afterEach(cleanup);
const createObjectURL = URL.createObjectURL;
beforeAll(() => {
  // jsdom has no blob: URLs; the reader only needs one to show.
  URL.createObjectURL = () => 'blob:page';
  URL.revokeObjectURL = () => undefined;
});
afterAll(() => {
  URL.createObjectURL = createObjectURL;
});

const WORDS = [
  { text: 'The', x0: 10, y0: 10, x1: 40, y1: 30 },
  { text: 'harbour', x0: 50, y0: 10, x1: 120, y1: 30 },
  { text: 'Harbour,', x0: 10, y0: 50, x1: 90, y1: 70 },
  { text: 'authority', x0: 130, y0: 10, x1: 200, y1: 30 },
];

function page(n: number, over: Partial<OcrPage> = {}): OcrPage {
  return {
    page: n,
    source: 'ocr',
    status: 'done',
    confidence: 91,
    lowQuality: false,
    rotation: 0,
    language: 'eng',
    image: { width: 400, height: 200 },
    words: WORDS,
    textStart: 0,
    textEnd: 10,
    text: 'The harbour authority',
    error: null,
    ...over,
  };
}

const PAGE_TEXTS = ['The harbour authority', 'Payments went through a shell company'];
const BODY = {
  text: PAGE_TEXTS.join('\n\n'),
  html: PAGE_TEXTS.map((text, i) => `<section data-page="${i + 1}"><p>${text}</p></section>`).join('\n'),
};

function renderScan(ocr: ArticleOcr, terms: string[], body = { html: '', text: '' }) {
  const client = createFakeClient({
    articles: [makeArticle(3, { format: 'pdf', title: 'Scanned memo', ...body })],
    overrides: {
      getArticleOcr: async () => ocr,
      getOcrPageImage: async () => ({ mime: 'image/png', base64: 'iVBORw0KGgo=' }),
    },
  });
  renderWithClient(
    <Reader
      opened={{ id: 3 as ArticleId, highlightTerms: terms }}
      libraryVersion={0}
      onPickTag={() => {}}
      onPickEntity={() => {}}
    />,
    client,
  );
}

const base: ArticleOcr = {
  articleId: 3 as ArticleId,
  kind: 'pdf',
  status: 'done',
  languages: 'eng',
  pages: 2,
  ocrPages: 2,
  ocrPagesFinished: 2,
  note: null,
  pageList: [],
};

describe('an OCR’d article in the reader', () => {
  it('says the text is pending, page n of m, while pages are read', async () => {
    renderScan(
      {
        ...base,
        status: 'pending',
        ocrPagesFinished: 1,
        pageList: [page(1), page(2, { status: 'pending', image: null, words: [], text: '' })],
      },
      [],
    );
    expect((await screen.findByTestId('ocr-status', {}, { timeout: 5000 })).textContent).toBe(
      'Text pending (page 1 of 2 read)',
    );
    expect(screen.getByText('Reading this page…')).toBeTruthy();
  });

  it('says when a page was read in a language added for its script', async () => {
    renderScan({ ...base, pageList: [page(1), page(2, { language: 'eng+chi_sim' })] }, []);
    const pages = await screen.findAllByTestId('ocr-page', {}, { timeout: 5000 });
    expect(within(pages[0]!).queryByTestId('ocr-other-script')).toBeNull();
    expect(within(pages[1]!).getByTestId('ocr-other-script').textContent).toBe(
      'This page is in another script: it was read in English, Chinese (simplified).',
    );
  });

  it('boxes the searched words on the page image and flags a low-quality page', async () => {
    renderScan({ ...base, pageList: [page(1), page(2, { lowQuality: true, confidence: 52 })] }, ['harbour']);
    const pages = await screen.findAllByTestId('ocr-page', {}, { timeout: 5000 });
    const first = within(pages[0]!);
    expect(await first.findAllByTestId('ocr-hit', {}, { timeout: 5000 })).toHaveLength(2);
    const box = first.getAllByTestId('ocr-hit')[0]!.style;
    expect([box.left, box.width]).toEqual(['12.5%', '17.5%']);
    expect(first.queryByTestId('ocr-low-quality')).toBeNull();
    expect(within(pages[1]!).getByTestId('ocr-low-quality').textContent).toBe(
      'Low-quality scan: check the text against the image.',
    );
    expect(screen.queryByTestId('ocr-status')).toBeNull();
  });

  it('shows each page’s text once, on the row of its page image, with the searched words marked', async () => {
    const pending = page(2, { status: 'pending', image: null, words: [], text: '', confidence: null });
    renderScan(
      { ...base, pages: 3, pageList: [page(1), pending, page(3, { text: PAGE_TEXTS[1]! })] },
      ['harbour'],
      BODY,
    );
    const figures = await screen.findAllByTestId('ocr-page', {}, { timeout: 5000 });
    const reader = screen.getByTestId('reader');
    for (const text of PAGE_TEXTS) expect(reader.textContent!.split(text).length - 1).toBe(1);
    // Page 2 is still being read: pages 1 and 3 have text, and each sits on its image's row.
    const sections = screen.getByTestId('reader-body').querySelectorAll<HTMLElement>('section');
    expect([...sections].map((s) => s.style.gridRow)).toEqual(['1', '3']);
    expect(figures.map((f) => f.style.gridRow)).toEqual(['1', '2', '3']);
    expect(within(sections[0]!).getByText('harbour').tagName).toBe('MARK');
    expect(within(screen.getByTestId('reader-pages')).getAllByTestId('ocr-page')).toHaveLength(3);
  });
});
