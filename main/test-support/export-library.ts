import type { ArticleId } from '../../preload/api';
import type { TestCore } from './open-test-core';
import { storeArticle } from '../core/library/store-article';

/** Test helper: stores an article with a distinct text and source; returns its id. */
export function addTestArticle(
  core: TestCore,
  n: number,
  overrides: {
    title?: string;
    text?: string;
    language?: string;
    siteName?: string;
    publishedAt?: string | null;
    tags?: string[];
  } = {},
): ArticleId {
  const text =
    overrides.text ??
    `Paragraph ${n}: the ministry said exports of accelerator chips number ${n} would need a licence.`;
  const outcome = storeArticle(core.context, {
    article: {
      title: overrides.title ?? `Headline number ${n}`,
      byline: `Reporter ${n}`,
      siteName: overrides.siteName ?? 'Example Times',
      publishedAt:
        overrides.publishedAt === undefined
          ? `2025-03-${String((n % 28) + 1).padStart(2, '0')}`
          : overrides.publishedAt,
      language: overrides.language ?? 'en',
      url: `https://example.com/story/${n}`,
      canonicalUrl: `https://example.com/story/${n}`,
      excerpt: text.slice(0, 60),
      html: `<p>${text}</p>`,
      text,
      wordCount: text.split(/\s+/).length,
      format: 'html',
      metadata: {},
    },
    source: { fileName: `story-${n}.html`, content: Buffer.from(`<html><p>${text}</p></html>`) },
    tags: overrides.tags ?? ['chips'],
  });
  if (outcome.status !== 'imported') throw new Error(`test article ${n} was a duplicate`);
  return outcome.id;
}
