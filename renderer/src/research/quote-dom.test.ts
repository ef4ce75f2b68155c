// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ArticleId, Quote, QuoteId } from '../../../preload/api';
import { highlightQuotes, readQuoteSelection } from './quote-dom';
import { renderMarkdown } from './markdown';

const TEXT = 'Nvidia said it would comply.\n\nHuawei said it would comply.\n\nNobody else spoke.';
const HTML = '<p>Nvidia said it <em>would</em> comply.</p><p>Huawei said it would comply.</p><p>Nobody else spoke.</p>';

function makeBody(): HTMLElement {
  const body = document.createElement('div');
  body.innerHTML = HTML;
  document.body.replaceChildren(body);
  return body;
}

function quote(id: number, exact: string, start: number, anchorStatus: Quote['anchorStatus'] = 'ok'): Quote {
  return {
    id: id as QuoteId,
    articleId: 1 as ArticleId,
    exact,
    prefix: '',
    suffix: '',
    start,
    end: start + exact.length,
    status: 'to_verify',
    anchorStatus,
    citation: {
      outlet: null,
      author: null,
      headline: 'h',
      publishedAt: null,
      url: null,
      importedAt: '2025-01-01',
      sha256: 'x',
      fileName: 'f',
    },
    formatted: { plain: '', markdown: '' },
    createdAt: '',
    updatedAt: '',
  };
}

describe('highlightQuotes', () => {
  it('marks a passage that spans inline markup, on the right repeat', () => {
    const body = makeBody();
    const second = TEXT.indexOf('said it would comply', 20);
    const marks = highlightQuotes(body, [quote(7, 'said it would comply', second)], TEXT);
    const drawn = [...body.querySelectorAll('[data-testid="quote-highlight"]')];
    expect(drawn.map((m) => m.textContent).join('')).toBe('said it would comply');
    expect(drawn.every((m) => m.closest('p')!.textContent!.startsWith('Huawei'))).toBe(true);
    expect(marks.get(7 as QuoteId)).toHaveLength(1);

    const first = highlightQuotes(body, [quote(8, 'said it would comply', 7)], TEXT).get(8 as QuoteId)!;
    expect(first.map((m) => m.textContent).join('')).toBe('said it would comply');
    expect(first.length).toBe(3); // "said it ", "would" inside <em>, " comply"
    expect(first[0]!.closest('p')!.textContent!.startsWith('Nvidia')).toBe(true);
  });

  it('does not draw orphaned quotes', () => {
    const body = makeBody();
    highlightQuotes(body, [quote(9, 'Nobody else', 60, 'orphaned')], TEXT);
    expect(body.querySelector('mark')).toBeNull();
  });
});

describe('readQuoteSelection', () => {
  it('reads the selected text and where it starts in the plain text', () => {
    const body = makeBody();
    const p2 = body.querySelectorAll('p')[1]!.firstChild as Text;
    const range = document.createRange();
    range.setStart(p2, 7);
    range.setEnd(p2, 27);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const picked = readQuoteSelection(body, TEXT, selection);
    expect(picked).toEqual({ exact: 'said it would comply', start: TEXT.indexOf('said it would comply', 20) });
  });

  it('ignores selections outside the body', () => {
    const body = makeBody();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(readQuoteSelection(body, TEXT, document.getSelection())).toBeNull();
  });
});

describe('renderMarkdown', () => {
  it('renders Markdown and strips scripts, handlers and remote images', () => {
    const host = document.createElement('div');
    host.append(
      renderMarkdown(
        '# Title\n\n**bold** <script>alert(1)</script><img src="https://evil.example/x.png" onerror="alert(2)">',
      ),
    );
    expect(host.querySelector('h1')!.textContent).toBe('Title');
    expect(host.querySelector('strong')!.textContent).toBe('bold');
    expect(host.querySelector('script')).toBeNull();
    const img = host.querySelector('img');
    expect(img?.getAttribute('src') ?? null).toBeNull();
    expect(img?.getAttribute('onerror') ?? null).toBeNull();
  });
});
