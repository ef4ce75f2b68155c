// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ArticleId, DocumentProvenance } from '../../../preload/api';
import { createFakeClient } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { ReaderProvenance } from './reader-provenance';

afterEach(cleanup);

const PROVENANCE: DocumentProvenance = {
  links: [
    {
      containerId: 4,
      path: 'leak.zip / inbox.mbox / message 2',
      containerFileName: 'leak.zip',
      containerSha256: 'cd'.repeat(32),
      member: 'message 2',
      parent: null,
    },
  ],
  children: [{ id: 12 as ArticleId, title: 'records', member: 'message 2/records.pdf' }],
  thread: {
    threadId: 't1',
    messages: [
      {
        id: 10 as ArticleId,
        title: 'Shipment records',
        from: 'Ana',
        to: [],
        sentAt: '2024-01-01',
        depth: 0,
        text: 'Here.',
      },
      {
        id: 11 as ArticleId,
        title: 'Re: Shipment records',
        from: 'Ben',
        to: [],
        sentAt: '2024-01-02',
        depth: 1,
        text: 'The dates differ.\n> Here.',
      },
    ],
  },
};

function renderProvenance(deleted: { containerId: number; withMembers: boolean }[]) {
  const opened: ArticleId[] = [];
  const client = createFakeClient({
    overrides: {
      getProvenance: async () => PROVENANCE,
      deleteContainer: async (args) => {
        deleted.push(args);
        return { deletedArticles: args.withMembers ? 3 : 0 };
      },
    },
  });
  renderWithClient(
    <ReaderProvenance id={11 as ArticleId} libraryVersion={0} onOpen={(id) => opened.push(id)} />,
    client,
  );
  return opened;
}

describe('reader provenance', () => {
  it('shows where the document came from, opens its attachment, and folds the quoted history', async () => {
    const opened = renderProvenance([]);
    expect((await screen.findByTestId('provenance-link')).textContent).toContain(
      'In: leak.zip / inbox.mbox / message 2',
    );
    fireEvent.click(screen.getByTestId('provenance-child').querySelector('button')!);
    expect(opened).toEqual([12]);
    const thread = screen.getByTestId('reader-thread');
    expect(thread.textContent).toContain('Conversation (2 messages)');
    const quoted = thread.querySelector('details')!;
    expect(quoted.open).toBe(false);
    expect(quoted.textContent).toContain('Quoted history');
  });

  it('asks whether to delete the members with the container, and does what was chosen', async () => {
    const deleted: { containerId: number; withMembers: boolean }[] = [];
    renderProvenance(deleted);
    fireEvent.click(await screen.findByTestId('container-delete'));
    expect(screen.getByRole('group', { name: 'Delete leak.zip' }).textContent).toContain(
      'Delete the documents found in leak.zip too?',
    );
    fireEvent.click(screen.getByTestId('container-delete-cancel'));
    expect(deleted).toEqual([]);
    fireEvent.click(screen.getByTestId('container-delete'));
    fireEvent.click(screen.getByTestId('container-delete-members'));
    await waitFor(() => expect(deleted).toEqual([{ containerId: 4, withMembers: true }]));
    fireEvent.click(screen.getByTestId('container-delete'));
    fireEvent.click(screen.getByTestId('container-delete-record'));
    await waitFor(() => expect(deleted).toHaveLength(2));
    expect(deleted[1]).toEqual({ containerId: 4, withMembers: false });
  });
});
