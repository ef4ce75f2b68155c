import type { ArticleFormat, ArticleId } from '../../preload/api';
import type { TestCore } from './open-test-core';
import { storeArticle } from '../core/library/store-article';

/**
 * What a test article carries. Every field is optional: a test names only what it depends on, and
 * the rest is neutral (no byline, outlet, date or URL; English; an HTML page; no tags).
 */
export interface TestArticle {
  /** Defaults to the first line of the text (80 characters at most). */
  title?: string;
  /** Defaults to a sentence unique to this call. Blank lines separate paragraphs in the HTML. */
  text?: string;
  language?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedAt?: string | null;
  /** Stored as both the URL and the canonical URL. */
  url?: string | null;
  excerpt?: string | null;
  format?: ArticleFormat;
  tags?: string[];
  /** The source file's name; defaults to the title in kebab-case with the format's extension. */
  fileName?: string;
}

let stored = 0;

/**
 * Stores an article through the importer's own path (storeArticle: source, tags, search index and
 * entity mentions in one transaction) and returns its id. Throws when the library already holds it,
 * so a test never silently works on fewer articles than it thinks.
 */
export function addTestArticle(core: TestCore, fields: TestArticle = {}): ArticleId {
  stored++;
  const text = fields.text ?? `Test article ${stored}: the committee met on day ${stored}.`;
  const title = fields.title ?? text.split('\n')[0]!.slice(0, 80);
  const format = fields.format ?? 'html';
  const html = text
    .split(/\n\n+/)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
  const outcome = storeArticle(core.context, {
    article: {
      title,
      byline: fields.byline ?? null,
      siteName: fields.siteName ?? null,
      publishedAt: fields.publishedAt ?? null,
      language: fields.language === undefined ? 'en' : fields.language,
      url: fields.url ?? null,
      canonicalUrl: fields.url ?? null,
      excerpt: fields.excerpt ?? null,
      html,
      text,
      wordCount: text.split(/\s+/u).length,
      format,
      metadata: {},
    },
    source: {
      fileName: fields.fileName ?? `${title.toLowerCase().replace(/\W+/g, '-')}.${format}`,
      content: Buffer.from(`${title}\n${text}`),
    },
    tags: fields.tags ?? [],
  });
  if (outcome.status !== 'imported') throw new Error(`test article "${title}" was a duplicate`);
  return outcome.id;
}

/**
 * The fields of story number `n` in a file about accelerator chip exports: a full citation (reporter,
 * outlet, date, URL), a distinct text (or the one given), tagged `chips`. Spread it and override.
 */
export function chipsStory(
  n: number,
  text = `Paragraph ${n}: the ministry said exports of accelerator chips number ${n} would need a licence.`,
): TestArticle {
  return {
    title: `Headline number ${n}`,
    text,
    byline: `Reporter ${n}`,
    siteName: 'Example Times',
    publishedAt: `2025-03-${String((n % 28) + 1).padStart(2, '0')}`,
    url: `https://example.com/story/${n}`,
    excerpt: text.slice(0, 60),
    tags: ['chips'],
    fileName: `story-${n}.html`,
  };
}
