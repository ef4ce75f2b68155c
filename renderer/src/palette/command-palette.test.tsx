// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import type { ArticleId, TagId, TagSummary } from '../../../preload/api';
import { useNavigation } from '../app/navigation';
import { createFakeClient } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { ToastProvider } from '../ui/toast';
import { CommandPalette } from './command-palette';

afterEach(cleanup);

const NVIDIA: TagSummary = { id: 1 as TagId, name: 'nvidia', color: null, articles: 13 };

/** The palette over an open article, with the view it navigated to written out for the test. */
function PaletteOverOpenArticle({ onClose }: { onClose: () => void }) {
  const { openArticle, opened, view } = useNavigation();
  useEffect(() => openArticle(7 as ArticleId), [openArticle]);
  return (
    <>
      <output data-testid="view">{JSON.stringify(view)}</output>
      {opened ? (
        <CommandPalette onClose={onClose} focusSearch={() => {}} openImport={() => {}} showShortcuts={() => {}} />
      ) : null}
    </>
  );
}

/** A tag list that answers only when the test says so, as a slow core would. */
function slowTags() {
  let answer: (tags: TagSummary[]) => void = () => {};
  const listTags = () =>
    new Promise<TagSummary[]>((resolve) => {
      answer = resolve;
    });
  return { listTags, answer: (tags: TagSummary[]) => act(() => answer(tags)) };
}

/**
 * The palette over an open article, its tag list slow to answer; `closed()` says whether it closed
 * (a command ran), `input` is its field once shown.
 */
async function openSlowPalette() {
  const tags = slowTags();
  const client = createFakeClient({
    total: 10,
    overrides: { listTags: tags.listTags, tagArticles: async () => [] },
  });
  let closed = false;
  renderWithClient(
    <ToastProvider>
      <PaletteOverOpenArticle onClose={() => (closed = true)} />
    </ToastProvider>,
    client,
  );
  const input = await screen.findByTestId('palette-input');
  return { tags, client, input, closed: () => closed };
}

describe('CommandPalette', () => {
  it('Enter pressed before the tags have loaded runs what was typed for, never "tag the article" with the words', async () => {
    const { tags, client, input, closed } = await openSlowPalette();
    fireEvent.change(input, { target: { value: 'timeline nvidia' } });
    // While the tags are unknown, the palette says so rather than offering a tag made of the words.
    expect(screen.getByTestId('palette-loading')).toBeTruthy();
    expect(screen.queryByText(/Tag the open article/)).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(closed()).toBe(false);

    await tags.answer([NVIDIA]);
    await waitFor(() =>
      expect(JSON.parse(screen.getByTestId('view').textContent!)).toMatchObject({ kind: 'timeline' }),
    );
    expect(JSON.parse(screen.getByTestId('view').textContent!)).toEqual({
      kind: 'timeline',
      scope: { kind: 'tag', tag: 'nvidia' },
    });
    expect(closed()).toBe(true);
    expect(client.calls.map((c) => c.method)).not.toContain('tagArticles');
  });

  it('typing again after an early Enter cancels it: only a later Enter runs a command', async () => {
    const { tags, input, closed } = await openSlowPalette();
    fireEvent.change(input, { target: { value: 'timeline' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'timeline nvid' } });
    await tags.answer([NVIDIA]);
    expect(closed()).toBe(false);
    expect(screen.getAllByTestId('palette-command')[0]!.textContent).toContain('Timeline of #nvidia');
  });

  it('offers to tag the open article with a new name once the tags are known', async () => {
    const { tags, input } = await openSlowPalette();
    fireEvent.change(input, { target: { value: 'semiconductors' } });
    await tags.answer([NVIDIA]);
    expect(screen.getAllByTestId('palette-command')[0]!.textContent).toContain('Tag the open article #semiconductors');
    expect(screen.queryByTestId('palette-loading')).toBeNull();
  });
});
