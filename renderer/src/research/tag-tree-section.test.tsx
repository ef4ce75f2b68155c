// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { DeletedTag, TagId, TagSummary } from '../../../preload/api';
import { createFakeClient } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { TagTreeSection } from './tag-tree-section';
import { ToastProvider } from '../ui/toast';

afterEach(cleanup);

function setup() {
  let tags: TagSummary[] = [
    { id: 1 as TagId, name: 'story/bytedance', color: null, articles: 3 },
    { id: 2 as TagId, name: 'chips', color: null, articles: 0 },
  ];
  const client = createFakeClient({
    overrides: {
      listTags: async () => tags,
      deleteTag: async ({ id }) => {
        const tag = tags.find((t) => t.id === id)!;
        tags = tags.filter((t) => t.id !== id);
        return { name: tag.name, color: tag.color, articleIds: [] } satisfies DeletedTag;
      },
      restoreTag: async (deleted) => {
        const tag = { id: 9 as TagId, name: deleted.name, color: deleted.color, articles: 3 };
        tags = [...tags, tag];
        return tag;
      },
    },
  });
  renderWithClient(
    <ToastProvider>
      <TagTreeSection />
    </ToastProvider>,
    client,
  );
  return client;
}

const sidebarTag = (name: string) => document.querySelector(`[data-testid="sidebar-tag"][data-name="${name}"]`);

describe('TagTreeSection', () => {
  it('shows nested tags under their parent group with counts', async () => {
    setup();
    await waitFor(() => expect(sidebarTag('story/bytedance')).not.toBeNull());
    expect(screen.getByTestId('sidebar-tag-group').dataset.name).toBe('story');
    expect(sidebarTag('story/bytedance')!.textContent).toContain('bytedance');
    expect(sidebarTag('story/bytedance')!.textContent).toContain('3');
  });

  it('asks before deleting a tag in use, and Undo restores it', async () => {
    const client = setup();
    await waitFor(() => expect(sidebarTag('story/bytedance')).not.toBeNull());
    fireEvent.click(document.querySelector('[data-testid="tag-actions"][data-name="story/bytedance"]')!);
    fireEvent.click(screen.getByTestId('tag-delete'));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain('3 articles');
    expect(client.calls.some((c) => c.method === 'deleteTag')).toBe(false);
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(sidebarTag('story/bytedance')).toBeNull());
    fireEvent.click(await screen.findByTestId('toast-undo'));
    await waitFor(() => expect(client.calls.some((c) => c.method === 'restoreTag')).toBe(true));
  });

  it('deletes an unused tag without asking', async () => {
    const client = setup();
    await waitFor(() => expect(sidebarTag('chips')).not.toBeNull());
    fireEvent.click(document.querySelector('[data-testid="tag-actions"][data-name="chips"]')!);
    fireEvent.click(screen.getByTestId('tag-delete'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    await waitFor(() => expect(client.calls.some((c) => c.method === 'deleteTag')).toBe(true));
  });
});
