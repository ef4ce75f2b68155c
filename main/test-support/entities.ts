import type { ArticleId } from '../../preload/api';
import type { TestCore } from './open-test-core';
import { storeArticle } from '../core/library/store-article';

/** Stores a plain-text article the way the importer does. */
export function storeText(
  core: TestCore,
  text: string,
  extra: { title?: string; publishedAt?: string | null; language?: string } = {},
): ArticleId {
  const outcome = storeArticle(core.context, {
    article: {
      title: extra.title ?? text.split('\n')[0]!.slice(0, 80),
      byline: null,
      siteName: null,
      publishedAt: extra.publishedAt ?? null,
      language: extra.language ?? 'fr',
      url: null,
      canonicalUrl: null,
      excerpt: null,
      html: `<p>${text}</p>`,
      text,
      wordCount: text.split(/\s+/).length,
      format: 'txt',
      metadata: {},
    },
    source: { fileName: 'article.txt', content: Buffer.from(text) },
  });
  if (outcome.status !== 'imported') throw new Error('not imported');
  return outcome.id;
}
