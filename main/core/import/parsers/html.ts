import { Readability } from '@mozilla/readability';
import type { ArticleFormat } from '../../../../preload/api';
import { decodeBytes } from '../charset';
import { normalizeDate } from '../dates';
import { ParseError } from '../errors';
import { chooseLanguage } from '../language';
import { extractPageMetadata } from '../metadata';
import { sanitizeHtmlWithText } from '../sanitize-html';
import { countWords, makeExcerpt } from '../text-stats';
import type { ParsedArticle } from '../types';
import { parsePageDom, type PageDom } from './page-dom';

export interface HtmlParseOptions {
  fileName: string;
  format: ArticleFormat;
  /** Where the page came from, when known (MHTML snapshot location). */
  url?: string | null;
  /** Embedded resources (MHTML parts) by absolute URL or cid:, as data: URIs, to inline images. */
  resources?: Map<string, string>;
  /** Extra provenance for metadata_json. */
  extraMetadata?: Record<string, unknown>;
}

/** Points <img> at embedded resources; every other image is dropped later by the sanitizer. */
function inlineImages(doc: Document, resources: Map<string, string>): void {
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    for (const attr of ['src', 'data-src', 'data-original']) {
      const value = img.getAttribute(attr);
      if (!value) continue;
      let key = value;
      try {
        key = new URL(value, doc.baseURI).href;
      } catch {
        // keep the raw value (cid: and odd relative paths)
      }
      const data = resources.get(key) ?? resources.get(value);
      if (data) {
        img.setAttribute('src', data);
        img.removeAttribute('srcset');
        break;
      }
    }
  }
}

/** Bylines as people write them: spacing collapsed, a leading "By" dropped. */
function cleanByline(value: string | null): string | null {
  const b = (value ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^by:?\s+/i, '')
    .trim();
  return b === '' ? null : b;
}

function fileStem(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName;
}

/**
 * Drops scripts (JSON-LD excepted) and style sheets before the page is parsed: they are never
 * part of the article, and a parser spends much of its time on them on news pages. A script ends
 * at the first "</script", as in browsers.
 */
function stripInertMarkup(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

/**
 * Parses an HTML string into an article: metadata first, Readability for the body, then
 * sanitizing. The page is parsed with linkedom where it can be (see page-dom.ts); only the
 * extracted article goes to the sanitizer, which runs on jsdom.
 */
export function parseHtmlString(html: string, options: HtmlParseOptions): ParsedArticle {
  const url = options.url && /^https?:/i.test(options.url) ? options.url : undefined;
  let page: PageDom;
  try {
    page = parsePageDom(stripInertMarkup(html), url);
  } catch (err) {
    throw new ParseError(
      'CORRUPT_FILE',
      `This web page could not be read (${(err as Error).message}).`,
      options.format,
    );
  }
  const doc = page.document;
  const meta = extractPageMetadata(doc, url ?? null);
  if (options.resources && options.resources.size > 0) inlineImages(doc, options.resources);
  const docTitle = (doc.querySelector('title')?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim();

  let readable: ReturnType<Readability['parse']> = null;
  try {
    readable = new Readability(doc).parse();
  } catch {
    readable = null; // fall back to the whole body below
  }
  const bodyHtml = readable?.content ?? doc.body?.innerHTML ?? '';
  page.close();
  const { html: safeHtml, text } = sanitizeHtmlWithText(bodyHtml);
  if (countWords(text) === 0) {
    throw new ParseError('EMPTY', 'This web page has no readable text.', options.format);
  }

  return {
    title: meta.title || readable?.title?.trim() || docTitle || fileStem(options.fileName),
    byline: cleanByline(meta.byline ?? readable?.byline ?? null),
    siteName: meta.siteName ?? readable?.siteName?.trim() ?? null,
    publishedAt: normalizeDate(meta.publishedAt) ?? normalizeDate(readable?.publishedTime ?? null),
    language: chooseLanguage(meta.language ?? readable?.lang, text),
    url: meta.url,
    canonicalUrl: meta.canonicalUrl,
    excerpt: meta.description ?? readable?.excerpt?.trim() ?? makeExcerpt(text),
    html: safeHtml,
    text,
    wordCount: countWords(text),
    format: options.format,
    metadata: { ...options.extraMetadata, readabilityTitle: readable?.title ?? null, documentTitle: docTitle || null },
  };
}

/** Parses the bytes of a saved web page (charset from BOM, declarations, or a checked guess). */
export function parseHtmlBytes(bytes: Uint8Array, fileName: string): ParsedArticle {
  const decoded = decodeBytes(bytes, { sniffHtml: true });
  const extra: Record<string, unknown> = { charset: decoded.charset };
  if (decoded.declaredCharset) extra.declaredCharset = decoded.declaredCharset;
  return parseHtmlString(decoded.text, { fileName, format: 'html', extraMetadata: extra });
}
