/**
 * One article of the built-in demo library. The outlets, bylines and URLs are fictional
 * (every URL is on a `.example` domain); the events, companies, products and officials are
 * real and described from the public record in our own words.
 */
export interface DemoArticle {
  /** Stable key, also the source file name (`demo/<slug>.md`) and the anchor for notes. */
  slug: string;
  title: string;
  byline: string;
  /** Fictional outlet name. */
  siteName: string;
  /** ISO 8601 date (YYYY-MM-DD). */
  publishedAt: string;
  language: 'en' | 'fr';
  /** Fictional URL on a `.example` domain, used as the canonical URL. */
  url: string;
  tags: string[];
  /** Plain-text paragraphs; the headline is not repeated here. */
  paragraphs: string[];
}

/** A reporter's note in Markdown, attached to the demo article with `articleSlug`, or free-standing when null. */
export interface DemoNote {
  articleSlug: string | null;
  body: string;
}
