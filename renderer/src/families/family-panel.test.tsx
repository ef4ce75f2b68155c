// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleId, FamilyDetail, FamilyId, FamilyMember } from '../../../preload/api';
import { createFakeClient, makeArticle } from '../test/fake-client';
import { renderWithClient } from '../test/render-with-client';
import { FamilyPanel } from './family-panel';

const member = (id: number, over: Partial<FamilyMember>): FamilyMember => ({
  id: id as ArticleId,
  title: `Headline ${id}`,
  siteName: `Outlet ${id}`,
  byline: null,
  publishedAt: `2025-04-1${id}`,
  wordCount: 400 - id,
  format: 'html',
  importedAt: '2025-05-01T00:00:00Z',
  isOrigin: false,
  tags: [],
  notes: [],
  quotes: [],
  ...over,
});

describe('the family view', () => {
  it('shows the members side by side with the reporter’s work, and the diff of the open copy against the original', async () => {
    let chosen: ArticleId | null = null;
    const detail = (): FamilyDetail => ({
      id: 7 as FamilyId,
      originId: (chosen ?? 1) as ArticleId,
      originChosen: chosen !== null,
      members: [
        member(1, { isOrigin: chosen === null, title: 'Washington requires licences', tags: ['h20'] }),
        member(2, {
          isOrigin: chosen === 2,
          title: 'Nvidia hit by licence rule',
          quotes: [{ id: 3, exact: 'April 9' }],
        }),
      ],
    });
    const client = createFakeClient({
      overrides: {
        getFamily: async () => detail(),
        diffArticles: async ({ baseId, otherId }) => ({
          baseId,
          otherId,
          headline: { base: 'Washington requires licences', other: 'Nvidia hit by licence rule', changed: true },
          body: [
            { kind: 'same', text: 'NVIDIA said on Tuesday ' },
            { kind: 'removed', text: 'Jensen Huang is expected in Beijing.' },
            { kind: 'added', text: 'Reporting by the wire.' },
          ],
          addedWords: 4,
          removedWords: 6,
        }),
        setFamilyOrigin: async ({ articleId }) => {
          chosen = articleId;
          return detail();
        },
      },
    });
    const article = makeArticle(2, { family: { id: 7 as FamilyId, originId: 1 as ArticleId, size: 2 } });
    renderWithClient(<FamilyPanel article={article} libraryVersion={0} />, client);

    expect(await screen.findByRole('heading', { name: /Published 2 times/ })).toBeTruthy();
    expect(screen.getAllByTestId('family-member')).toHaveLength(2);
    expect(screen.getByText('#h20')).toBeTruthy();
    expect(screen.getByText('“April 9”')).toBeTruthy();
    const diff = await screen.findByTestId('family-diff');
    expect(diff.querySelector('del')?.textContent).toBe('Washington requires licences');
    expect([...diff.querySelectorAll('ins')].map((n) => n.textContent)).toContain('Reporting by the wire.');
    expect(diff.textContent).toContain('4 words added, 6 removed; headline changed.');

    fireEvent.click(screen.getByRole('button', { name: 'Make original' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: /original chosen by you/ })).toBeTruthy());
  });
});
