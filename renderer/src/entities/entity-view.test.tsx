// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { EntityId, EntityPage } from '../../../preload/api';
import { createFakeClient } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { useNavigation } from '../app/navigation';
import { EntityView } from './entity-view';
import { fillMonths } from './mention-timeline';

afterEach(cleanup);

const page = (id: number, name: string): EntityPage => ({
  entity: {
    id: id as EntityId,
    name,
    type: 'organisation',
    description: 'US designer of GPUs.',
    status: 'confirmed',
    articles: 2,
    aliases: [
      { alias: name, language: null, caseSensitive: false },
      { alias: '英伟达', language: 'zh', caseSensitive: false },
    ],
  },
  articles: [
    {
      id: 3 as never,
      title: 'ByteDance buys GPUs',
      publishedAt: '2023-08-01',
      siteName: 'Wire',
      mentions: 2,
      contexts: [{ text: 'ByteDance ordered from NVIDIA.', start: 23, end: 29 }],
    },
  ],
  totalArticles: 2,
  cooccurring: [
    { id: 7 as EntityId, name: 'ByteDance', type: 'organisation', articles: 2 },
    { id: 8 as EntityId, name: 'A100', type: 'product', articles: 1 },
  ],
  timeline: [
    { month: '2023-06', mentions: 1 },
    { month: '2023-08', mentions: 3 },
  ],
  undatedMentions: 0,
});

/** Shows the view for whatever entity navigation points at, as the app's outlet does. */
function Outlet() {
  const { view } = useNavigation();
  return view.kind === 'entity' ? <EntityView id={view.id} /> : <p>elsewhere</p>;
}

function Start({ id }: { id: number }) {
  const { view, navigate } = useNavigation();
  if (view.kind === 'library') navigate({ kind: 'entity', id: id as EntityId });
  return <Outlet />;
}

describe('EntityView', () => {
  it('shows the entity, the sentence around each mention, co-occurring entities and a timeline with gaps', async () => {
    const client = createFakeClient({
      overrides: { getEntity: async ({ id }) => page(id, id === 1 ? 'NVIDIA' : 'ByteDance') },
    });
    renderWithClient(<Start id={1} />, client);
    expect(await screen.findByTestId('entity-title')).toHaveProperty('textContent', 'NVIDIA');
    expect(screen.getByTestId('entity-context').querySelector('mark')?.textContent).toBe('NVIDIA');
    const bars = screen.getByTestId('entity-timeline').querySelectorAll('rect');
    expect([...bars].map((b) => b.getAttribute('data-mentions'))).toEqual(['1', '0', '3']);

    fireEvent.click(within(screen.getByTestId('cooccurring')).getByText('ByteDance'));
    await waitFor(() => expect(screen.getByTestId('entity-title').textContent).toBe('ByteDance'));
  });

  it('saves edited aliases with their case rule', async () => {
    const client = createFakeClient({
      overrides: {
        getEntity: async ({ id }) => page(id, 'NVIDIA'),
        updateEntity: async (args) => ({ ...page(1, 'NVIDIA').entity, ...args, aliases: [] }),
      },
    });
    renderWithClient(<Start id={1} />, client);
    fireEvent.change(await screen.findByTestId('entity-new-alias'), { target: { value: 'NV' } });
    fireEvent.submit(screen.getByTestId('entity-new-alias').closest('form')!);
    fireEvent.click(screen.getByTestId('entity-save'));
    await waitFor(() => expect(client.calls.some((c) => c.method === 'updateEntity')).toBe(true));
    const call = client.calls.find((c) => c.method === 'updateEntity')!.args as {
      aliases: { alias: string; caseSensitive: boolean }[];
    };
    expect(call.aliases.at(-1)).toEqual({ alias: 'NV', language: null, caseSensitive: true });
  });
});

describe('fillMonths', () => {
  it('fills the gap months, across a year end', () => {
    expect(
      fillMonths([
        { month: '2023-11', mentions: 2 },
        { month: '2024-02', mentions: 1 },
      ]).map((m) => m.mentions),
    ).toEqual([2, 0, 0, 1]);
  });
});
