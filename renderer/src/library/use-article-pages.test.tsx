// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ClientProvider } from '../api/client-context';
import { createFakeClient, makeSummary } from '../test/fake-client';
import { useArticlePages } from './use-article-pages';

afterEach(cleanup);

describe('the article pages of a tag', () => {
  it("never shows the previous list's total under a new tag, not even for one render", async () => {
    // The whole library answers at once; the tag's first page is still on its way.
    let answerTag: (value: { total: number; articles: ReturnType<typeof makeSummary>[] }) => void = () => {};
    const client = createFakeClient({
      total: 50,
      overrides: {
        listArticles: ({ tag }) =>
          tag
            ? new Promise((resolve) => (answerTag = resolve))
            : Promise.resolve({ total: 50, articles: [makeSummary(1)] }),
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ClientProvider client={client}>{children}</ClientProvider>
    );
    const seen: { tag: string | null; total: number | null }[] = [];
    const { rerender, result } = renderHook(
      ({ tag }: { tag: string | null }) => {
        const pages = useArticlePages(tag, 0);
        seen.push({ tag, total: pages.total });
        return pages;
      },
      { wrapper, initialProps: { tag: null as string | null } },
    );
    await waitFor(() => expect(result.current.total).toBe(50));

    rerender({ tag: 'nvidia' });
    expect(seen.filter((s) => s.tag === 'nvidia').map((s) => s.total)).toEqual(expect.not.arrayContaining([50]));
    expect(result.current.total).toBeNull();

    answerTag({ total: 3, articles: [makeSummary(7)] });
    await waitFor(() => expect(result.current.total).toBe(3));
  });
});
