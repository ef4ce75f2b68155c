import type { ArticleFormat } from '../../../preload/api';
import { FORMAT_NAMES, ParseError } from './errors';
import { sizeOverLimit } from '../kernel/format-size';
import { sniffFormat } from './sniff';
import { MAX_TEXT_CHARS } from './text-limit';
import type { ParseOutcome, ParseRequest, ParsedArticle } from './types';
import { sniffImage } from '../ocr/image-sniff';

/**
 * Each format's parser is loaded on its first file: a worker that only ever reads web pages
 * never pays for pdf.js, mammoth or the mail parser (loading them was a large part of a
 * worker's start-up on a batch of pages).
 */
async function parseAs(format: ArticleFormat, req: ParseRequest): Promise<ParsedArticle> {
  const maxChars = req.maxTextChars ?? MAX_TEXT_CHARS;
  switch (format) {
    case 'pdf':
      return (await import('./parsers/pdf')).parsePdfBytes(req.bytes, req.fileName, req.password, maxChars);
    case 'docx':
      return (await import('./parsers/docx')).parseDocxBytes(
        req.bytes,
        req.fileName,
        req.maxUncompressedBytes,
        maxChars,
      );
    case 'html':
      return (await import('./parsers/html')).parseHtmlBytes(req.bytes, req.fileName, maxChars);
    case 'mhtml':
      return (await import('./parsers/mhtml')).parseMhtmlBytes(req.bytes, req.fileName, maxChars);
    case 'eml':
      return (await import('./parsers/eml')).parseEmlBytes(req.bytes, req.fileName, maxChars);
    case 'md':
      return (await import('./parsers/text')).parseMdBytes(req.bytes, req.fileName, maxChars);
    case 'txt':
      return (await import('./parsers/text')).parseTxtBytes(req.bytes, req.fileName, maxChars);
    case 'image':
      throw new Error('pictures are read by parseImage');
  }
}

/** A picture file (sniffed from its bytes): stored at once, its text read by OCR afterwards. */
async function parseImage(
  req: ParseRequest,
  format: NonNullable<ReturnType<typeof sniffImage>>,
): Promise<ParseOutcome> {
  const { parseImageBytes } = await import('../ocr/image-article');
  const { CorruptImageError } = await import('../ocr/page-images');
  try {
    return { ok: true, article: await parseImageBytes(req.bytes, format, req.fileName) };
  } catch (err) {
    if (!(err instanceof CorruptImageError)) throw err;
    return {
      ok: false,
      code: 'CORRUPT_FILE',
      message: `This ${format.toUpperCase()} picture is damaged and could not be read (${err.message}).`,
      format: 'image',
    };
  }
}

/** The import's OCR languages travel with the article's OCR plan to the job it starts. */
function withOcrLanguages(outcome: ParseOutcome, languages: string | undefined): ParseOutcome {
  if (!outcome.ok || !outcome.article.ocrPlan || languages === undefined) return outcome;
  return { ...outcome, article: { ...outcome.article, ocrPlan: { ...outcome.article.ocrPlan, languages } } };
}

/**
 * Parses one file's bytes into an article, never throwing: every failure comes back with a stable
 * code and a message a reporter can act on. Runs in a worker thread (or in-process in tests).
 */
export async function parseFile(req: ParseRequest): Promise<ParseOutcome> {
  if (req.bytes.byteLength > req.maxBytes) {
    return {
      ok: false,
      code: 'FILE_TOO_LARGE',
      message: `This file is ${sizeOverLimit(req.bytes.byteLength, req.maxBytes)} Dossier imports.`,
    };
  }
  if (
    req.bytes.byteLength === 0 ||
    (/^\s*$/.test(Buffer.from(req.bytes.subarray(0, 64)).toString('latin1')) && req.bytes.byteLength <= 64)
  ) {
    return { ok: false, code: 'EMPTY', message: 'This file is empty.' };
  }
  const sniffed = sniffFormat(req.bytes, req.fileName);
  if (sniffed === 'zip')
    return {
      ok: false,
      code: 'UNSUPPORTED_FORMAT',
      message: 'This is a zip archive but not a Word document; unpack it and import the files inside.',
    };
  const picture = sniffed === 'binary' || sniffed === 'unknown' ? sniffImage(req.bytes) : null;
  if (picture) return withOcrLanguages(await parseImage(req, picture), req.ocrLanguages);
  if (sniffed === 'binary' || sniffed === 'unknown') {
    return {
      ok: false,
      code: 'UNSUPPORTED_FORMAT',
      message:
        'Dossier cannot read this kind of file. It imports web pages (HTML, MHTML), PDF, Word (.docx), e-mail (.eml), text, Markdown and pictures (PNG, JPEG, TIFF, WebP, GIF, BMP).',
    };
  }
  try {
    return withOcrLanguages({ ok: true, article: await parseAs(sniffed, req) }, req.ocrLanguages);
  } catch (err) {
    if (err instanceof ParseError)
      return { ok: false, code: err.code, message: err.message, format: err.format ?? sniffed };
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return {
      ok: false,
      code: 'CORRUPT_FILE',
      message: `This ${FORMAT_NAMES[sniffed]} could not be read (${detail}).`,
      format: sniffed,
    };
  }
}
