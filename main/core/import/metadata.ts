/**
 * Article metadata read from a page's head, richest source first: JSON-LD (schema.org
 * Article types), then OpenGraph and article:* meta, then other meta tags. Readability's guesses
 * are the last resort and are merged by the caller.
 */

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  /** Which part of the head gave `publishedAt`. */
  publishedAtSource: 'json-ld' | 'meta' | null;
  language: string | null;
  url: string | null;
  canonicalUrl: string | null;
  description: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting|WebPage|Posting)$/;

function asText(value: unknown): string | null {
  if (typeof value === 'string') {
    const s = value.replace(/\s+/g, ' ').trim();
    return s === '' ? null : s;
  }
  if (Array.isArray(value)) return asText(value[0]);
  return null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return asText(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? [...new Set(names)].join(', ') : null;
  }
  if (value && typeof value === 'object') return asText((value as Json).name);
  return null;
}

function typesOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Flattens @graph containers and arrays into a list of JSON-LD nodes. */
function flattenJsonLd(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const v of value) flattenJsonLd(v, out);
  else if (value && typeof value === 'object') {
    const node = value as Json;
    out.push(node);
    if (node['@graph']) flattenJsonLd(node['@graph'], out);
  }
  return out;
}

function readJsonLd(doc: Document): Json | null {
  const candidates: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    try {
      candidates.push(...flattenJsonLd(JSON.parse(raw)));
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources still apply.
    }
  }
  const articles = candidates.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  // Prefer a real article type over a generic WebPage.
  return articles.find((n) => typesOf(n).some((t) => t !== 'WebPage')) ?? articles[0] ?? null;
}

/** A page's <meta> contents by key (property, else name, else itemprop; lower-cased), in document order. */
type MetaTags = Map<string, string[]>;

/**
 * Reads every <meta> of the page once, keeping non-empty contents. Looking each of the ~40 keys up
 * in its own walk over the document cost about 4 ms a page on linkedom, most of the metadata step.
 */
function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .toLowerCase()
      .trim();
    const value = asText(el.getAttribute('content'));
    if (value === null) continue;
    const values = tags.get(key);
    if (values) values.push(value);
    else tags.set(key, [value]);
  }
  return tags;
}

/** The first content of the first key that has one. */
function metaContent(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase())?.[0];
    if (value !== undefined) return value;
  }
  return null;
}

/** A byline that is a profile URL (article:author often is) says nothing to a reader. */
function personName(value: string | null): string | null {
  if (value === null || /^https?:\/\//i.test(value)) return null;
  return value;
}

function absoluteUrl(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The publication date in the page's meta tags, most specific name first. */
function readMetaDate(tags: MetaTags): string | null {
  return metaContent(
    tags,
    'article:published_time',
    'og:article:published_time',
    'datePublished',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date',
    'dc.date.issued',
    'dcterms.date',
    'dcterms.created',
    'citation_publication_date',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'article.published',
    'article_date_original',
    'og:published_time',
  );
}

/** Reads the metadata of a parsed page (call before Readability, which changes the document). */
export function extractPageMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  const ld = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const publisher = ld ? (nameOf(ld.publisher) ?? nameOf(ld.sourceOrganization)) : null;
  const ldUrl = ld
    ? (asText(ld.url) ??
      (typeof ld.mainEntityOfPage === 'string'
        ? ld.mainEntityOfPage
        : asText((ld.mainEntityOfPage as Json | undefined)?.['@id'])))
    : null;
  const canonicalHref = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const ogUrl = metaContent(tags, 'og:url');
  const base = pageUrl ?? absoluteUrl(ogUrl, null) ?? absoluteUrl(canonicalHref, null);
  const canonicalUrl = absoluteUrl(canonicalHref, base) ?? absoluteUrl(ogUrl, base) ?? absoluteUrl(ldUrl, base);
  const ldDate = ld ? (asText(ld.datePublished) ?? asText(ld.dateCreated)) : null;
  const metaDate = ldDate === null ? readMetaDate(tags) : null;

  return {
    title:
      (ld ? (asText(ld.headline) ?? asText(ld.name)) : null) ??
      metaContent(
        tags,
        'og:title',
        'dc:title',
        'dcterm:title',
        'dcterms.title',
        'twitter:title',
        'parsely-title',
        'citation_title',
        'sailthru.title',
        'title',
      ),
    byline:
      (ld ? (nameOf(ld.author) ?? nameOf(ld.creator)) : null) ??
      personName(metaContent(tags, 'article:author', 'og:article:author')) ??
      personName(
        metaContent(
          tags,
          'author',
          'dc:creator',
          'dcterm:creator',
          'dcterms.creator',
          'parsely-author',
          'sailthru.author',
          'citation_author',
          'byl',
        ),
      ),
    siteName:
      publisher ??
      metaContent(tags, 'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site:name'),
    publishedAt: ldDate ?? metaDate,
    publishedAtSource: ldDate !== null ? 'json-ld' : metaDate !== null ? 'meta' : null,
    language:
      (ld ? asText(ld.inLanguage) : null) ??
      asText(doc.documentElement.getAttribute('lang')) ??
      asText(doc.documentElement.getAttribute('xml:lang')) ??
      metaContent(tags, 'og:locale', 'content-language', 'language', 'dc.language') ??
      asText(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
    url: base,
    canonicalUrl,
    description:
      (ld ? asText(ld.description) : null) ?? metaContent(tags, 'og:description', 'description', 'twitter:description'),
  };
}
