import mammoth from 'mammoth';
import { normalizeDate } from '../dates';
import { corrupt, ParseError } from '../errors';
import { chooseLanguage } from '../language';
import { sanitizeHtml } from '../sanitize-html';
import { countWords, htmlToText, makeExcerpt } from '../text-stats';
import type { ParsedArticle } from '../types';
import { declaredUncompressedBytes, readZipDirectory, readZipEntry, type ZipEntry } from '../zip-directory';

function xmlField(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  const v = m?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return v ? v : null;
}

function readCoreProperties(bytes: Uint8Array, entries: ZipEntry[]): Record<string, string | null> {
  const entry = entries.find((e) => e.name === 'docProps/core.xml');
  const xml = entry ? readZipEntry(bytes, entry)?.toString('utf8') : undefined;
  if (!xml) return {};
  return {
    title: xmlField(xml, 'dc:title'),
    creator: xmlField(xml, 'dc:creator'),
    created: xmlField(xml, 'dcterms:created'),
    language: xmlField(xml, 'dc:language'),
    description: xmlField(xml, 'dc:description'),
  };
}

/**
 * Reads a Word document with mammoth. The zip's declared sizes are checked first, so a zip bomb
 * is refused before anything is inflated.
 */
export async function parseDocxBytes(
  bytes: Uint8Array,
  fileName: string,
  maxUncompressedBytes: number,
): Promise<ParsedArticle> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw corrupt('docx', 'the zip directory is missing');
  const declared = declaredUncompressedBytes(entries);
  if (declared > maxUncompressedBytes) {
    throw new ParseError(
      'FILE_TOO_LARGE',
      `This Word document would unpack to ${Math.round(declared / 1024 / 1024)} MB, more than the ${Math.round(maxUncompressedBytes / 1024 / 1024)} MB allowed; it was not opened.`,
      'docx',
    );
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (err) {
    throw corrupt('docx', (err as Error).message.split('\n')[0] ?? 'unknown error');
  }
  const safeHtml = sanitizeHtml(html);
  const text = htmlToText(safeHtml);
  if (countWords(text) === 0) throw new ParseError('EMPTY', 'This Word document has no text.', 'docx');
  const core = readCoreProperties(bytes, entries);
  const firstLine = text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim()
    .slice(0, 200);
  return {
    title: core.title ?? firstLine ?? fileName.replace(/\.[^.]+$/, ''),
    byline: core.creator ?? null,
    siteName: null,
    // The day the file was created, not necessarily the story's: cited as "document date".
    publishedAt: normalizeDate(core.created ?? null),
    publishedAtSource: 'docx-metadata',
    language: chooseLanguage(core.language, text),
    url: null,
    canonicalUrl: null,
    excerpt: core.description ?? makeExcerpt(text),
    html: safeHtml,
    text,
    wordCount: countWords(text),
    format: 'docx',
    metadata: { coreProperties: core },
  };
}
