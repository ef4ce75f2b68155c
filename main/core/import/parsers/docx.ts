import mammoth from 'mammoth';
import { normalizeDate } from '../dates';
import { corrupt, ParseError } from '../errors';
import { formatSize, sizeOverLimit } from '../../kernel/format-size';
import { chooseLanguage } from '../language';
import { sanitizeHtmlWithText } from '../sanitize-html';
import { countWords, makeExcerpt } from '../text-stats';
import type { ParsedArticle } from '../types';
import {
  declaredUncompressedBytes,
  InflateBudget,
  readZipDirectory,
  readZipEntry,
  ZipBudgetExceeded,
  ZipEntryTooLarge,
  type ZipEntry,
} from '../zip-directory';
import { checkTextLength, MAX_TEXT_CHARS } from '../text-limit';
import { openDocxZip } from './docx-zip-file';
import { listDocxPictures } from '../../ocr/docx-pictures';

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
 * The most any XML part of a Word document may unpack to. mammoth builds an element tree of about
 * 150 bytes of memory per byte of XML (a 2 MB document.xml peaked at 465 MB, 4 MB at over 600 MB
 * and past the time limit), so 1.5 MB keeps any Word document within the import's memory goal
 * (4x the file + 400 MB). That is a few hundred pages of formatted text.
 */
export const MAX_DOCX_XML_PART_BYTES = 1.5 * 1024 * 1024;

function partTooLarge(): ParseError {
  return new ParseError(
    'FILE_TOO_LARGE',
    `This Word document is longer than Dossier reads as one article (its text part unpacks to more than ${MAX_DOCX_XML_PART_BYTES / 1024 / 1024} MB); split it into smaller documents to import it.`,
    'docx',
  );
}

/** The reporter's message when a Word document unpacks to more than the cap allows. */
function unpacksTooLarge(maxUncompressedBytes: number): ParseError {
  return new ParseError(
    'FILE_TOO_LARGE',
    `This Word document unpacks to more than the ${formatSize(maxUncompressedBytes)} Dossier allows; it was not read.`,
    'docx',
  );
}

/**
 * Reads a Word document with mammoth. The zip's declared sizes are checked first, so an honest
 * zip bomb is refused before anything is inflated; a lying one is stopped while it inflates,
 * because mammoth reads every part through a zip object that counts the bytes really unpacked.
 */
export async function parseDocxBytes(
  bytes: Uint8Array,
  fileName: string,
  maxUncompressedBytes: number,
  maxChars = MAX_TEXT_CHARS,
): Promise<ParsedArticle> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw corrupt('docx', 'the zip directory is missing');
  const declared = declaredUncompressedBytes(entries);
  if (declared > maxUncompressedBytes) {
    throw new ParseError(
      'FILE_TOO_LARGE',
      `This Word document would unpack to ${sizeOverLimit(declared, maxUncompressedBytes)} allowed; it was not opened.`,
      'docx',
    );
  }
  const budget = new InflateBudget(maxUncompressedBytes);
  let html: string;
  try {
    const file = openDocxZip(bytes, entries, budget, MAX_DOCX_XML_PART_BYTES);
    // mammoth's typings list only path and buffer; its unzip.js also takes an opened zip as `file`.
    html = (await mammoth.convertToHtml({ file } as unknown as Parameters<typeof mammoth.convertToHtml>[0])).value;
  } catch (err) {
    if (err instanceof ZipBudgetExceeded) throw unpacksTooLarge(maxUncompressedBytes);
    if (err instanceof ZipEntryTooLarge) throw partTooLarge();
    throw corrupt('docx', (err as Error).message.split('\n')[0] ?? 'unknown error');
  }
  const { html: safeHtml, text } = sanitizeHtmlWithText(html);
  checkTextLength(text, 'docx', maxChars);
  const wordCount = countWords(text);
  // A Word file of pasted scans has no text but pictures: they are read by OCR once it is stored.
  const pictures = wordCount === 0 ? listDocxPictures(bytes).length : 0;
  if (wordCount === 0 && pictures === 0) throw new ParseError('EMPTY', 'This Word document has no text.', 'docx');
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
    wordCount,
    format: 'docx',
    metadata: { coreProperties: core },
    ...(pictures > 0
      ? {
          html: '',
          ocrPlan: {
            kind: 'docx' as const,
            pages: new Array<null>(pictures).fill(null),
            titleFromText: core.title === null || core.title === undefined,
          },
        }
      : {}),
  };
}
