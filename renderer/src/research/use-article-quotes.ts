import type { ArticleId, Quote } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useAsync } from '../ui/use-async';

const NONE: readonly Quote[] = [];

/**
 * The quotes of the article in the reader, re-anchored in its current text (so a quote whose
 * passage is gone comes back flagged orphaned rather than drawn in the wrong place).
 */
export function useArticleQuotes(articleId: ArticleId | null, libraryVersion: number): readonly Quote[] {
  const client = useClient();
  const quotes = useAsync(
    () => (articleId === null ? Promise.resolve(NONE) : client.resolveQuoteAnchors({ articleId })),
    [client, articleId, libraryVersion],
  );
  const value = quotes.value ?? NONE;
  return value.length && value[0]!.articleId !== articleId ? NONE : value;
}
