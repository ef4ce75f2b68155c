import type { ArticleToStore } from '../library/store-article';
import type { DemoArticle } from './demo-article';

const EXCERPT_MAX = 200;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content; the demo HTML is built, never parsed, so escaping is all it needs. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Counts words the way a reader would: runs of non-space characters. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => w.length > 0).length;
}

/** The first paragraph cut at a word boundary near 200 characters, with an ellipsis when cut. */
export function buildExcerpt(paragraph: string): string {
  if (paragraph.length <= EXCERPT_MAX) return paragraph;
  const cut = paragraph.slice(0, EXCERPT_MAX);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

/** The Markdown file kept as the article's source: a small front matter, the headline, then the paragraphs. */
export function renderDemoMarkdown(article: DemoArticle): string {
  // JSON strings are valid YAML double-quoted scalars, so titles with colons or quotes stay intact.
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(article.title)}`,
    `byline: ${JSON.stringify(article.byline)}`,
    `outlet: ${JSON.stringify(article.siteName)}`,
    `date: ${article.publishedAt}`,
    `url: ${article.url}`,
    `language: ${article.language}`,
    '---',
  ].join('\n');
  return `${frontMatter}\n\n# ${article.title}\n\n${article.paragraphs.join('\n\n')}\n`;
}

/** Builds what storeArticle() needs for one demo article. */
export function toArticleToStore(article: DemoArticle): ArticleToStore {
  const text = article.paragraphs.join('\n\n');
  return {
    article: {
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedAt: article.publishedAt,
      language: article.language,
      url: article.url,
      canonicalUrl: article.url,
      excerpt: buildExcerpt(article.paragraphs[0] ?? ''),
      html: article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      text,
      wordCount: countWords(text),
      format: 'md',
      metadata: { demo: true, slug: article.slug },
    },
    source: { fileName: `demo/${article.slug}.md`, content: Buffer.from(renderDemoMarkdown(article), 'utf8') },
    tags: article.tags,
  };
}
