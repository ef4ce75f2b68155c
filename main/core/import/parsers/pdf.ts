import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeDate } from '../dates';
import { corrupt, ParseError } from '../errors';
import { chooseLanguage } from '../language';
import { countWords, escapeHtml, makeExcerpt, normalizeText } from '../text-stats';
import { MAX_TEXT_CHARS, textTooLarge } from '../text-limit';
import type { ParsedArticle } from '../types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;

/** pdfjs-dist is ESM-only: loaded lazily, once, with its legacy (Node) build. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** Folder of pdfjs-dist's character maps, needed to read text set in CJK fonts. */
export function cMapUrl(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return `${pathToFileURL(join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps')).pathname}/`;
  } catch {
    return undefined;
  }
}

/** pdf.js drawing operations that paint a picture: a page without text that paints one is a scan. */
const IMAGE_OPS = ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat'];

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/** Lines of a page's text layer; a blank line marks a paragraph break. */
function pageText(items: TextItemLike[]): string {
  let out = '';
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    out += item.str;
    if (item.hasEOL) out += '\n';
  }
  return normalizeText(out);
}

function cleanTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value
    .replace(/^Microsoft (Word|PowerPoint) - /, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (t === '' || /^(untitled|no title|title)$/i.test(t) || /\.(docx?|pdf|indd|tex)$/i.test(t)) return null;
  return t;
}

/** Authors as written by real tools: empty strings and Perl's "ARRAY(0x...)" are no author. */
function cleanAuthor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const a = value.replace(/\s+/g, ' ').trim();
  return a === '' || /^ARRAY\(0x[0-9a-f]+\)$/i.test(a) ? null : a;
}

/**
 * Reads a PDF's text page by page with pdf.js. A PDF that needs a password is ENCRYPTED (the
 * caller retries with one); one pdf.js cannot open is CORRUPT_FILE; pages that fail are skipped so
 * a damaged file still gives the text that can be recovered.
 */
export async function parsePdfBytes(
  bytes: Uint8Array,
  fileName: string,
  password?: string,
  maxChars = MAX_TEXT_CHARS,
): Promise<ParsedArticle> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    password,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: cMapUrl(),
    cMapPacked: true,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const e = err as { name?: string; code?: number; message?: string };
      if (e.name === 'PasswordException') {
        throw new ParseError(
          'ENCRYPTED',
          e.code === 2
            ? 'The password for this PDF is not right. Try again.'
            : 'This PDF is protected by a password. Enter it to import the file.',
          'pdf',
        );
      }
      throw corrupt('pdf', e.message ?? 'unknown error');
    }
    const pages: string[] = [];
    // Pages with no text layer that paint a picture: read by OCR after the article is stored.
    const scanned = new Set<number>();
    const imageOps = new Set(IMAGE_OPS.map((name) => (pdfjs.OPS as Record<string, number>)[name]));
    let failedPages = 0;
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const text = pageText((await page.getTextContent()).items as TextItemLike[]);
        pages.push(text);
        if (countWords(text) === 0 && (await page.getOperatorList()).fnArray.some((op) => imageOps.has(op)))
          scanned.add(n);
        page.cleanup();
      } catch {
        failedPages++;
        pages.push('');
      }
      // Stop reading pages as soon as the text passes the cap, not after the whole book.
      chars += pages[pages.length - 1]!.length;
      if (chars > maxChars) throw textTooLarge('pdf', maxChars);
    }
    let info: Record<string, unknown> = {};
    try {
      info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
    } catch {
      // Broken metadata is no reason to lose the text.
    }
    const text = pages.filter((p) => p !== '').join('\n\n');
    if (countWords(text) === 0 && scanned.size === 0) {
      if (failedPages === doc.numPages) throw corrupt('pdf', 'no page could be read');
      throw new ParseError('EMPTY', 'This PDF has no text and no scanned pages; there is nothing to import.', 'pdf');
    }
    const html = pages
      .map((p, i) =>
        p === ''
          ? ''
          : `<section data-page="${i + 1}">${p
              .split(/\n{2,}/)
              .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
              .join('')}</section>`,
      )
      .join('\n');
    const firstLine = text
      .split('\n')
      .find((l) => l.trim().length > 2)
      ?.trim()
      .slice(0, 200);
    const metadataTitle = cleanTitle(info.Title);
    return {
      title: metadataTitle ?? firstLine ?? fileName.replace(/\.[^.]+$/, ''),
      byline: cleanAuthor(info.Author),
      siteName: null,
      // The day the file was made (for a page printed to PDF, the day it was saved): cited as "document date".
      publishedAt: normalizeDate(info.CreationDate),
      publishedAtSource: 'pdf-metadata',
      language: chooseLanguage(typeof info.Language === 'string' ? info.Language : null, text),
      url: null,
      canonicalUrl: null,
      excerpt: makeExcerpt(text),
      html,
      text,
      wordCount: countWords(text),
      format: 'pdf',
      metadata: {
        pages: doc.numPages,
        unreadablePages: failedPages,
        producer: info.Producer ?? null,
        creator: info.Creator ?? null,
        encrypted: info.EncryptFilterName ?? null,
        ...(scanned.size > 0 ? { scannedPages: [...scanned] } : {}),
      },
      ...(scanned.size > 0
        ? {
            ocrPlan: {
              kind: 'pdf' as const,
              pages: pages.map((p, i) => (scanned.has(i + 1) ? null : p)),
              titleFromText: metadataTitle === null && firstLine === undefined,
            },
          }
        : {}),
    };
  } finally {
    await task.destroy();
  }
}
