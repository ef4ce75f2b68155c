import type { ArticleFormat } from '../../../preload/api';
import { looksLikeZip, readZipDirectory } from './zip-directory';

/** What the bytes are, as far as sniffing can tell. `zip` is an archive that is not a Word document. */
export type SniffResult = ArticleFormat | 'zip' | 'binary' | 'unknown';

const HEAD_BYTES = 8192;

/** Reads the start of the file as Latin-1: enough to see ASCII markers whatever the charset. */
function headText(bytes: Uint8Array, length = HEAD_BYTES): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, length)).toString('latin1');
}

/** True when the start of the file looks like text (no NUL bytes, few control characters) or has a UTF-16 BOM. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  const n = Math.min(bytes.length, HEAD_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control <= n * 0.01;
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
  const head = headText(bytes, 1024);
  if (head.includes('%PDF-')) return 'pdf';
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
  if (/<(html|head|body)[\s>]/.test(start) && /<\/?(p|div|title|meta|body)[\s>]/.test(start)) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if ((ext === 'html' || ext === 'htm' || ext === 'xhtml') && start.startsWith('<')) return 'html';
  return 'unknown';
}
