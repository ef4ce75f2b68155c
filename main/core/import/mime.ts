import iconv from 'iconv-lite';
import { normalizeCharset } from './charset';

/**
 * A small, lenient MIME reader for web archives. Strict parsers give up on what browsers really
 * write (folded headers broken across lines, missing boundaries), so this one works on a
 * binary-safe Latin-1 string and recovers what it can.
 */

export interface MimePart {
  headers: Map<string, string>;
  /** The body still transfer-encoded, as a Latin-1 (binary) string. */
  rawBody: string;
}

/** Splits "headers\n\nbody" at the first empty line. */
export function splitHeadersAndBody(raw: string): { headerBlock: string; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { headerBlock: raw, body: '' };
  return { headerBlock: raw.slice(0, match.index), body: raw.slice(match.index + match[0].length) };
}

/** Parses a header block; lines that are neither "Name: value" nor indented continue the previous header. */
export function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(line);
    if (m && !/^\s/.test(line)) {
      last = m[1]!.toLowerCase();
      headers.set(last, headers.has(last) ? headers.get(last)! : m[2]!.trim());
    } else if (last !== null && line.trim() !== '') {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
    }
  }
  return headers;
}

/** A parameter of a structured header, e.g. boundary or charset of Content-Type. */
export function headerParam(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i');
  const m = re.exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The media type of a Content-Type header, lower-case, without parameters. */
export function mediaType(value: string | undefined): string {
  return (value ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}

/** Undoes quoted-printable or base64 (anything else is taken as is). */
export function decodeTransferEncoding(rawBody: string, encoding: string | undefined): Buffer {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return Buffer.from(rawBody.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (enc === 'quoted-printable') {
    const unfolded = rawBody.replace(/=\r?\n/g, '');
    return Buffer.from(
      unfolded.replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  }
  return Buffer.from(rawBody, 'latin1');
}

/** Decodes RFC 2047 encoded words (=?utf-8?Q?...?=) in a header value. */
export function decodeEncodedWords(value: string): string {
  const joined = value.replace(/\?=\s+=\?/g, '?==?');
  return joined.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, charset: string, kind: string, data: string) => {
    const bytes =
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          );
    return iconv.decode(bytes, normalizeCharset(charset) ?? 'utf-8');
  });
}

/** Splits a multipart body into parts; with no usable boundary, the body is read as one part. */
export function splitMultipart(body: string, boundary: string | null): MimePart[] {
  let marker = boundary;
  if (!marker || !body.includes(`--${marker}`)) {
    // Boundary missing from the header: take the first line that looks like one.
    marker = /^--(\S{8,})[ \t]*\r?$/m.exec(body)?.[1] ?? null;
  }
  const chunks =
    marker && body.includes(`--${marker}`)
      ? body.split(new RegExp(`\\r?\\n?--${escapeRegExp(marker)}(?:--)?[ \\t]*\\r?\\n?`))
      : [body];
  const parts: MimePart[] = [];
  for (const chunk of chunks) {
    if (chunk.trim() === '') continue;
    const { headerBlock, body: partBody } = splitHeadersAndBody(chunk.replace(/^\s*\r?\n/, ''));
    const headers = parseHeaders(headerBlock);
    if (headers.size === 0) continue;
    parts.push({ headers, rawBody: partBody });
  }
  return parts;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
