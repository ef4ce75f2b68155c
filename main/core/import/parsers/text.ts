import { marked } from 'marked';
import { decodeBytes } from '../charset';
import { ParseError } from '../errors';
import { chooseLanguage } from '../language';
import { sanitizeHtml } from '../sanitize-html';
import { countWords, htmlToText, makeExcerpt, normalizeText, textToHtml } from '../text-stats';
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
  if (countWords(text) === 0)
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
    wordCount: countWords(text),
    format,
    metadata: extra,
  };
}

/** A plain-text note: paragraphs kept, first line as title. */
export function parseTxtBytes(bytes: Uint8Array, fileName: string): ParsedArticle {
  const decoded = decodeBytes(bytes);
  // A stray NUL (a damaged sector, a bad copy) is not text; the rest of the file is.
  const text = normalizeText(decoded.text.replace(/\0/g, ''));
  return build('txt', fileName, text, textToHtml(text), { charset: decoded.charset });
}

/** A Markdown file, rendered with marked and sanitized like any other HTML. */
export function parseMdBytes(bytes: Uint8Array, fileName: string): ParsedArticle {
  const decoded = decodeBytes(bytes);
  const source = decoded.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const html = sanitizeHtml(marked.parse(source, { async: false, gfm: true }));
  const text = htmlToText(html);
  const heading = /^#\s+(.+)$/m.exec(source)?.[1]?.trim();
  const article = build('md', fileName, text, html, { charset: decoded.charset });
  return heading ? { ...article, title: heading } : article;
}
