import type { ArticleFormat } from '../../../preload/api';
import { detectBomlessUtf16 } from './utf16';
import { looksLikeZip, readZipDirectory } from './zip-directory';

/** What the bytes are, as far as sniffing can tell. `zip` is an archive that is not a Word document. */
export type SniffResult = ArticleFormat | 'zip' | 'binary' | 'unknown';

const HEAD_BYTES = 8192;

/**
 * Reads the start of the file as text: UTF-16 (with or without a BOM) decoded, anything else as
 * Latin-1, which is enough to see ASCII markers whatever the charset.
 */
function headText(bytes: Uint8Array, length = HEAD_BYTES): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, length));
  const utf16 =
    head[0] === 0xff && head[1] === 0xfe
      ? 'utf-16le'
      : head[0] === 0xfe && head[1] === 0xff
        ? 'utf-16be'
        : detectBomlessUtf16(head);
  return utf16 ? new TextDecoder(utf16).decode(head.subarray(0, head.length & ~1)) : head.toString('latin1');
}

/** Share of NUL and other control bytes above which the start of a file is binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * True when the start of the file looks like text: UTF-16 (BOM or the zero-byte pattern), or
 * hardly any NUL and control bytes. One stray NUL in a saved page does not make it binary; images,
 * archives and executables have them by the hundred.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  if (detectBomlessUtf16(bytes)) return true;
  const n = Math.min(bytes.length, HEAD_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control <= n * MAX_CONTROL_SHARE;
}

/**
 * A PDF header: "%PDF-" and a version digit at the start of the file, or later in the first 1024
 * bytes (the PDF reference's implementation note: Acrobat accepts the header anywhere there) when
 * only whitespace, a BOM or binary junk (a MacBinary or mail-gateway prefix) comes before it. Text
 * before it means a text or HTML file that mentions "%PDF-", which is not a PDF.
 */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const at = head.search(/%PDF-\d/);
  if (at < 0) return false;
  const preamble = head.slice(0, at).replace(/^(\xEF\xBB\xBF|\xFE\xFF|\xFF\xFE)/, '');
  let blank = true;
  for (let i = 0; i < preamble.length; i++) {
    const c = preamble.charCodeAt(i);
    if ((c > 0 && c < 9) || (c > 13 && c < 32 && c !== 27) || c === 0x7f) return true; // binary junk
    if (c !== 0 && !/\s/.test(preamble[i]!)) blank = false;
  }
  return blank;
}

/** Headers of a MIME message: the block of "Name: value" lines before the first empty line. */
function mimeHeaderBlock(head: string): string | null {
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const end = text.search(/\r?\n\r?\n/);
  const block = end < 0 ? text : text.slice(0, end);
  const firstLine = block.split(/\r?\n/, 1)[0] ?? '';
  if (!/^[A-Za-z][A-Za-z0-9-]*:/.test(firstLine) && !/^From /.test(firstLine)) return null;
  return block;
}

const EMAIL_HEADERS =
  /^(from|to|cc|subject|date|received|message-id|return-path|delivered-to|reply-to|x-mailer|mime-version|sender):/gim;

/**
 * Tells the format from the bytes, never from the extension alone: the extension only separates
 * plain text from Markdown once the bytes are known to be text.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): SniffResult {
  if (hasPdfHeader(bytes)) return 'pdf';
  if (looksLikeZip(bytes)) {
    const entries = readZipDirectory(bytes);
    return entries?.some((e) => e.name === 'word/document.xml') ? 'docx' : 'zip';
  }
  if (!looksLikeText(bytes)) return 'binary';
  const text = headText(bytes);
  const headers = mimeHeaderBlock(text);
  if (headers !== null) {
    if (/^content-type:\s*multipart\/related/im.test(headers) || /^snapshot-content-location:/im.test(headers))
      return 'mhtml';
    const emailHeaders = headers.match(EMAIL_HEADERS)?.length ?? 0;
    if (emailHeaders >= 2) return 'eml';
  }
  const start = text
    .replace(/^(\uFEFF|\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '')
    .replace(/\0/g, '')
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  if (
    /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype html/.test(start) ||
    /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<html[\s>]/.test(start)
  )
    return 'html';
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  // A page saved without its doctype still starts with markup; prose that only quotes tags (a .txt
  // about HTML, a list of XSS vectors) is text, and its "<" must stay characters of the text.
  if (start.startsWith('<') && /<(html|head|body)[\s>]/.test(start) && /<\/?(p|div|title|meta|body)[\s>]/.test(start))
    return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if ((ext === 'html' || ext === 'htm' || ext === 'xhtml') && start.startsWith('<')) return 'html';
  return 'unknown';
}
