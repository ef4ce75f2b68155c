// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { NoteId, NoteSummary } from '../../../preload/api';
import { createFakeClient } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { NoteCard } from './note-card';
import { ClientError } from '../api/client';
import { ToastProvider } from '../ui/toast';

afterEach(cleanup);

function setup(body: string) {
  const note: NoteSummary = {
    id: 5 as NoteId,
    articleId: null,
    body,
    createdAt: '2025-01-01',
    updatedAt: '2025-01-01',
    articleTitle: null,
    eventDate: null,
  };
  const saved: string[] = [];
  const client = createFakeClient({
    overrides: {
      updateNote: async ({ body: next }) => {
        saved.push(next);
        return { ...note, body: next };
      },
    },
  });
  const view = renderWithClient(<NoteCard note={note} onDeleted={() => {}} />, client);
  return { saved, view };
}

describe('NoteCard', () => {
  it('saves the latest text once typing pauses, not on every keystroke', async () => {
    const { saved } = setup('');
    const editor = screen.getByTestId('note-editor');
    fireEvent.change(editor, { target: { value: 'F' } });
    fireEvent.change(editor, { target: { value: 'Fi' } });
    fireEvent.change(editor, { target: { value: 'First draft' } });
    expect(screen.getByTestId('note-status').dataset.state).toBe('pending');
    await waitFor(() => expect(screen.getByTestId('note-status').dataset.state).toBe('saved'), { timeout: 2000 });
    expect(saved).toEqual(['First draft']);
  });

  it('saves at once when the editor loses focus or goes away', async () => {
    const { saved, view } = setup('');
    const editor = screen.getByTestId('note-editor');
    fireEvent.change(editor, { target: { value: 'Typed then left' } });
    fireEvent.blur(editor);
    await waitFor(() => expect(saved).toEqual(['Typed then left']));

    fireEvent.change(editor, { target: { value: 'Typed then closed' } });
    view.unmount();
    await waitFor(() => expect(saved).toEqual(['Typed then left', 'Typed then closed']));
  });

  it('shows a saved note as sanitized Markdown', () => {
    setup('Ask **Huawei** <img src="https://tracker.example/p.gif">');
    const preview = screen.getByTestId('note-preview');
    expect(preview.querySelector('strong')?.textContent).toBe('Huawei');
    expect(preview.querySelector('img')?.getAttribute('src') ?? null).toBeNull();
  });

  it('never follows a link in a note, typed, autolinked or raw; it shows the URL instead', () => {
    setup(
      'See [the list](https://evil.example/md), https://evil.example/bare and <a href="https://evil.example/raw">raw</a>.',
    );
    const preview = screen.getByTestId('note-preview');
    for (const [text, url] of [
      ['the list', 'https://evil.example/md'],
      ['https://evil.example/bare', 'https://evil.example/bare'],
      ['raw', 'https://evil.example/raw'],
    ] as const) {
      const link = within(preview).getByText(text);
      expect(link.closest('a')?.getAttribute('href')).toBe(url);
      expect(fireEvent.click(link)).toBe(false);
      expect(fireEvent.click(link, { ctrlKey: true })).toBe(false);
      expect(fireEvent(link, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(false);
      expect(fireEvent.keyDown(link, { key: 'Enter' })).toBe(false);
      expect(fireEvent.dragStart(link)).toBe(false);
      expect(screen.getByTestId('link-status').textContent).toContain(url);
    }
  });

  it('keeps a note’s raw HTML but no handler, style or style element ever reaches the page', () => {
    setup('H<sub>2</sub>O <b onclick="x()" style="color:red">bold</b><style>p{}</style> <img src=x onerror=y()>');
    const preview = screen.getByTestId('note-preview');
    expect(preview.querySelector('sub')?.textContent).toBe('2');
    expect(preview.querySelector('b')?.textContent).toBe('bold');
    expect(preview.innerHTML).not.toMatch(/onclick|onerror|style/i);
  });

  it('shows a failed delete in the toast instead of losing it', async () => {
    const note: NoteSummary = {
      id: 6 as NoteId,
      articleId: null,
      body: 'Keep me',
      createdAt: '2025-01-01',
      updatedAt: '2025-01-01',
      articleTitle: null,
      eventDate: null,
    };
    let deleted = false;
    const client = createFakeClient({
      overrides: {
        deleteNote: async () => {
          throw new ClientError({ code: 'NOT_FOUND', message: 'The note was already deleted.' });
        },
      },
    });
    renderWithClient(
      <ToastProvider>
        <NoteCard note={note} onDeleted={() => (deleted = true)} />
      </ToastProvider>,
      client,
    );
    fireEvent.click(screen.getByTestId('note-delete'));
    await waitFor(() =>
      expect(screen.getByTestId('toast').textContent).toBe('Could not delete the note: The note was already deleted.'),
    );
    expect(deleted).toBe(false);
  });
});
