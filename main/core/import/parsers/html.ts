import type { ArticleFormat } from '../../../../preload/api';
import { decodeBytes } from '../charset';
import { normalizeDate } from '../dates';
import { ParseError } from '../errors';
import { chooseLanguage } from '../language';
import { extractPageMetadata } from '../metadata';
import { sanitizedArticleText } from '../article-text';
import { checkTextLength, MAX_TEXT_CHARS } from '../text-limit';
import { countWords, makeExcerpt } from '../text-stats';
import type { ParsedArticle } from '../types';
import { parsePageDom, type PageDom } from './page-dom';
import { readArticle, type ReadResult } from './read-article';

export interface HtmlParseOptions {
  fileName: string;
  format: ArticleFormat;
  /** Where the page came from, when known (MHTML snapshot location). */
  url?: string | null;
  /** Embedded resources (MHTML parts) by absolute URL or cid:, as data: URIs, to inline images. */
  resources?: Map<string, string>;
  /** Extra provenance for metadata_json. */
  extraMetadata?: Record<string, unknown>;
  /** Most characters of text kept (default MAX_TEXT_CHARS). */
  maxTextChars?: number;
}

/**
 * The most markup (after scripts and styles are dropped, embedded data: images not counted) a page
 * may have. jsdom, Readability and the sanitizer took about 90 bytes of memory per byte of it
 * (a 2 MB page of paragraphs grew the process by 186 MB) and seconds per megabyte: 3 MB keeps a
 * page within the import's memory goal (4x the file + 400 MB) and time limit, and is many times
 * the markup of a long news article once its scripts and styles are gone.
 */
export const MAX_PAGE_MARKUP_BYTES = 3 * 1024 * 1024;

/**
 * The most tags a page may have. Memory follows the number of elements more than the bytes: a
 * 1 MB data table (about 200,000 tags) peaked at 437 MB and ran out of time, where 1 MB of
 * paragraphs stays near 370 MB. 100,000 tags is several times a long article's.
 */
export const MAX_PAGE_TAGS = 100_000;

/** Length of the markup without embedded data: URIs, which weigh on memory only as strings. */
function markupWeight(html: string): number {
  // Under the cap whole, it is under the cap without its data: URIs too: no need to look for them.
  if (html.length <= MAX_PAGE_MARKUP_BYTES) return html.length;
  let embedded = 0;
  const dataUri = /data:[\w.+-]+\/[\w.+-]+(?:;[\w=.+-]+)*,[^"'\s)>]{256,}/g;
  for (let m = dataUri.exec(html); m !== null; m = dataUri.exec(html)) embedded += m[0].length;
  return html.length - embedded;
}

/** Start and end tags ("<" then a letter or "/"), counted up to just past the cap. */
function countTags(html: string): number {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0 && tags <= MAX_PAGE_TAGS; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    if (next === 47 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) tags++;
  }
  return tags;
}

/**
 * Markup this short cannot hold more tags than the cap: a counted tag takes two characters ("<"
 * and the letter or "/" after it) and no two overlap, so the count never exceeds half the length.
 * Most pages are under it once their scripts are gone, and skip the count (a millisecond a page).
 */
const TAG_COUNT_NEEDED_FROM = 2 * MAX_PAGE_TAGS + 1;

/** FILE_TOO_LARGE before jsdom builds a page too big to read within the memory goal. */
function checkPageSize(markup: string, format: ArticleFormat): void {
  const weight = markupWeight(markup);
  const tags = weight > MAX_PAGE_MARKUP_BYTES || markup.length < TAG_COUNT_NEEDED_FROM ? 0 : countTags(markup);
  if (weight <= MAX_PAGE_MARKUP_BYTES && tags <= MAX_PAGE_TAGS) return;
  const name = format === 'mhtml' ? 'web archive' : 'web page';
  const what =
    weight > MAX_PAGE_MARKUP_BYTES
      ? `${Math.round((weight / 1024 / 1024) * 10) / 10} MB of markup, more than the ${MAX_PAGE_MARKUP_BYTES / 1024 / 1024} MB`
      : `more than ${MAX_PAGE_TAGS.toLocaleString('en-US')} tags, more than`;
  throw new ParseError(
    'FILE_TOO_LARGE',
    `This ${name} has ${what} Dossier reads in one page; save the article alone (reader view or "Save as PDF") to import it.`,
    format,
  );
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

/** Where a script or a style sheet may start: "<script" or "<style", in any case, then no letter or digit. */
const INERT_OPENING = /<(?:script|style)\b/gi;
const SCRIPT_END = /<\/script\s*>/gi;
const STYLE_END = /<\/style\s*>/gi;
const JSON_LD = /ld\+json/i;

/**
 * Drops scripts (JSON-LD excepted) and style sheets before the page is parsed: they are never
 * part of the article, and a parser spends much of its time on them on news pages. Read as a
 * browser reads them: a script ends at its first "</script" (a "<style>" written in its text is
 * part of it), and one that is never closed takes the rest of the page with it.
 *
 * One pass that never reads a stretch of the page twice. Two regular expressions (style sheets,
 * then scripts) took 1.9 ms a page on the import bench's pages (264 KB on average), this 0.15–0.2 ms;
 * and they read the rest of the page again for every opening tag left unclosed, which on a damaged
 * page of 40,000 of them (320 KB) took 2.2 s, minutes on a larger one.
 */
function stripInertMarkup(html: string): string {
  let kept = '';
  let from = 0;
  /** No ">" follows this position: a script opened from here on never finishes its tag. */
  let noTagEndFrom = html.length;
  INERT_OPENING.lastIndex = 0;
  for (let opening = INERT_OPENING.exec(html); opening !== null; opening = INERT_OPENING.exec(html)) {
    const at = opening.index;
    const isStyle = (html.charCodeAt(at + 2) | 0x20) === 0x74; // the "t" of "<style"
    let contentFrom = INERT_OPENING.lastIndex;
    if (!isStyle) {
      // A script's tag must end before its content starts; one that never does is left as it is.
      const tagEnd = at < noTagEndFrom ? html.indexOf('>', contentFrom) : -1;
      if (tagEnd < 0) {
        noTagEndFrom = Math.min(noTagEndFrom, at);
        continue;
      }
      // JSON-LD stays: the metadata is read from it.
      if (JSON_LD.test(html.slice(contentFrom, tagEnd))) continue;
      contentFrom = tagEnd + 1;
    }
    const endTag = isStyle ? STYLE_END : SCRIPT_END;
    endTag.lastIndex = contentFrom;
    const close = endTag.exec(html);
    kept += html.slice(from, at);
    if (close === null) return kept;
    from = close.index + close[0].length;
    INERT_OPENING.lastIndex = from;
  }
  return from === 0 ? html : kept + html.slice(from);
}

/**
 * Parses an HTML string into an article: metadata first, Readability for the body, then the
 * body's text. The page is parsed with linkedom where it can be (see page-dom.ts). The extracted
 * article is kept as Readability gave it and sanitized on jsdom whenever the core hands it out.
 */
export function parseHtmlString(html: string, options: HtmlParseOptions): ParsedArticle {
  const url = options.url && /^https?:/i.test(options.url) ? options.url : undefined;
  const markup = stripInertMarkup(html);
  checkPageSize(markup, options.format);
  const { resources } = options;
  // The page as Readability reads it: built once, and built again if Readability starts over (see read-article.ts).
  const buildPage = (): PageDom => {
    const built = parsePageDom(markup, url);
    if (resources && resources.size > 0) inlineImages(built.document, resources);
    return built;
  };
  let page: PageDom;
  try {
    page = buildPage();
  } catch (err) {
    throw new ParseError(
      'CORRUPT_FILE',
      `This web page could not be read (${(err as Error).message}).`,
      options.format,
    );
  }
  const doc = page.document;
  const meta = extractPageMetadata(doc, url ?? null);
  const docTitle = (doc.querySelector('title')?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim();

  let read: ReadResult = { article: null, document: doc };
  try {
    read = readArticle(doc, () => buildPage().document);
  } catch {
    // fall back to the whole body below
  }
  const readable = read.article;
  const bodyHtml = readable?.content ?? read.document.body?.innerHTML ?? '';
  page.close();
  // Stored as extracted: the core sanitizes it when it hands it out (library/article-markup.ts), so
  // the import builds no second tree for it. The text is the sanitized tree's all the same (article-text.ts).
  const text = sanitizedArticleText(bodyHtml);
  checkTextLength(text, options.format, options.maxTextChars ?? MAX_TEXT_CHARS);
  const wordCount = countWords(text);
  if (wordCount === 0) {
    throw new ParseError('EMPTY', 'This web page has no readable text.', options.format);
  }

  // Readability reads the same JSON-LD and meta tags, so its date (a fallback) is the page's markup too.
  const headDate = normalizeDate(meta.publishedAt);
  const publishedAt = headDate ?? normalizeDate(readable?.publishedTime ?? null);
  return {
    title: meta.title || readable?.title?.trim() || docTitle || fileStem(options.fileName),
    byline: cleanByline(meta.byline ?? readable?.byline ?? null),
    siteName: meta.siteName ?? readable?.siteName?.trim() ?? null,
    publishedAt,
    publishedAtSource: publishedAt === null ? null : headDate !== null ? meta.publishedAtSource : 'meta',
    language: chooseLanguage(meta.language ?? readable?.lang, text),
    url: meta.url,
    canonicalUrl: meta.canonicalUrl,
    excerpt: meta.description ?? readable?.excerpt?.trim() ?? makeExcerpt(text),
    html: bodyHtml,
    text,
    wordCount,
    format: options.format,
    metadata: { ...options.extraMetadata, readabilityTitle: readable?.title ?? null, documentTitle: docTitle || null },
  };
}

/** Parses the bytes of a saved web page (charset from BOM, declarations, or a checked guess). */
export function parseHtmlBytes(bytes: Uint8Array, fileName: string, maxChars = MAX_TEXT_CHARS): ParsedArticle {
  const decoded = decodeBytes(bytes, { sniffHtml: true });
  const extra: Record<string, unknown> = { charset: decoded.charset };
  if (decoded.declaredCharset) extra.declaredCharset = decoded.declaredCharset;
  return parseHtmlString(decoded.text, { fileName, format: 'html', extraMetadata: extra, maxTextChars: maxChars });
}
