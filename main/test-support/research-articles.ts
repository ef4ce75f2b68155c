import type { ArticleId } from '../../preload/api';
import type { TestCore } from './open-test-core';
import { storeArticle } from '../core/library/store-article';

/** Stores an article with sensible defaults for tests; returns its id. */
export function addTestArticle(
  core: TestCore,
  fields: {
    title: string;
    text: string;
    siteName?: string;
    byline?: string;
    publishedAt?: string;
    url?: string;
    tags?: string[];
  },
): ArticleId {
  const outcome = storeArticle(core.context, {
    article: {
      title: fields.title,
      byline: fields.byline ?? null,
      siteName: fields.siteName ?? null,
      publishedAt: fields.publishedAt ?? null,
      language: 'en',
      url: fields.url ?? null,
      canonicalUrl: fields.url ?? null,
      excerpt: null,
      html: fields.text
        .split(/\n\n+/)
        .map((p) => `<p>${p}</p>`)
        .join(''),
      text: fields.text,
      wordCount: fields.text.split(/\s+/).length,
      format: 'html',
      metadata: {},
    },
    source: {
      fileName: `${fields.title.toLowerCase().replace(/\W+/g, '-')}.html`,
      content: Buffer.from(`${fields.title}\n${fields.text}`),
    },
    tags: fields.tags,
  });
  if (outcome.status !== 'imported') throw new Error(`test article "${fields.title}" was a duplicate`);
  return outcome.id;
}
