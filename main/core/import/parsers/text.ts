import { marked } from 'marked';
import { decodeBytes } from '../charset';
import { ParseError } from '../errors';
import { checkTextLength, MAX_TEXT_CHARS, textTooLarge } from '../text-limit';
import { chooseLanguage } from '../language';
import { sanitizeHtmlWithText } from '../sanitize-html';
import { countWords, makeExcerpt, normalizeText, textToHtml } from '../text-stats';
import type { ParsedArticle } from '../types';

function titleFrom(text: string, fileName: string): string {
  const first =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.replace(/^#+\s*/, '')
      .trim() ?? '';
  if (first !== '' && first.length <= 150) return first;
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

function build(
  format: 'txt' | 'md',
  fileName: string,
  text: string,
  html: string,
  extra: Record<string, unknown>,
): ParsedArticle {
  const wordCount = countWords(text);
  if (wordCount === 0)
    throw new ParseError('EMPTY', `This ${format === 'md' ? 'Markdown' : 'text'} file has no text.`, format);
  return {
    title: titleFrom(text, fileName),
    byline: null,
    siteName: null,
    publishedAt: null,
    language: chooseLanguage(null, text),
    url: null,
    canonicalUrl: null,
    excerpt: makeExcerpt(text),
    html,
    text,
    wordCount,
    format,
    metadata: extra,
  };
}

/**
 * Refuses, before decoding, a file that cannot fit the text cap: every charset takes at least one
 * byte per three UTF-16 units, so more than three bytes per allowed character is always too much.
 */
function checkTextBytes(bytes: Uint8Array, format: 'txt' | 'md', maxChars: number): void {
  if (bytes.byteLength > maxChars * 3) throw textTooLarge(format, maxChars);
}

/** A plain-text note: paragraphs kept, first line as title. */
export function parseTxtBytes(bytes: Uint8Array, fileName: string, maxChars = MAX_TEXT_CHARS): ParsedArticle {
  checkTextBytes(bytes, 'txt', maxChars);
  const decoded = decodeBytes(bytes);
  checkTextLength(decoded.text, 'txt', maxChars);
  // A stray NUL (a damaged sector, a bad copy) is not text; the rest of the file is.
  const text = normalizeText(decoded.text.replace(/\0/g, ''));
  return build('txt', fileName, text, textToHtml(text), { charset: decoded.charset });
}

/** A Markdown file, rendered with marked and sanitized like any other HTML. */
export function parseMdBytes(bytes: Uint8Array, fileName: string, maxChars = MAX_TEXT_CHARS): ParsedArticle {
  checkTextBytes(bytes, 'md', maxChars);
  const decoded = decodeBytes(bytes);
  checkTextLength(decoded.text, 'md', maxChars);
  const source = decoded.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const { html, text } = sanitizeHtmlWithText(marked.parse(source, { async: false, gfm: true }));
  const heading = /^#\s+(.+)$/m.exec(source)?.[1]?.trim();
  const article = build('md', fileName, text, html, { charset: decoded.charset });
  return heading ? { ...article, title: heading } : article;
}
