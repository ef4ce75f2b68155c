import { decodeBytes } from '../charset';
import { corrupt, ParseError } from '../errors';
import {
  decodeEncodedWords,
  decodeTransferEncoding,
  headerParam,
  mediaType,
  parseHeaders,
  splitHeadersAndBody,
  splitMultipart,
  type MimePart,
} from '../mime';
import type { ParsedArticle } from '../types';
import { parseHtmlString } from './html';
import { MAX_TEXT_CHARS } from '../text-limit';

/** Embedded images larger than this are dropped rather than inlined into the reader's HTML. */
const MAX_INLINE_IMAGE_BYTES = 5 * 1024 * 1024;

function collectImages(parts: MimePart[]): Map<string, string> {
  const resources = new Map<string, string>();
  for (const part of parts) {
    const type = mediaType(part.headers.get('content-type'));
    if (!type.startsWith('image/') || type === 'image/svg+xml') continue;
    const bytes = decodeTransferEncoding(part.rawBody, part.headers.get('content-transfer-encoding'));
    if (bytes.length === 0 || bytes.length > MAX_INLINE_IMAGE_BYTES) continue;
    const dataUri = `data:${type};base64,${bytes.toString('base64')}`;
    const location = part.headers.get('content-location');
    if (location) resources.set(location, dataUri);
    const cid = part.headers.get('content-id')?.replace(/^<|>$/g, '');
    if (cid) resources.set(`cid:${cid}`, dataUri);
  }
  return resources;
}

/** Parses a single-file web archive: the main HTML part through the HTML pipeline, images inlined. */
export function parseMhtmlBytes(bytes: Uint8Array, fileName: string, maxChars = MAX_TEXT_CHARS): ParsedArticle {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { headerBlock, body } = splitHeadersAndBody(raw);
  const headers = parseHeaders(headerBlock);
  const parts = splitMultipart(body, headerParam(headers.get('content-type'), 'boundary'));
  const snapshotUrl = headers.get('snapshot-content-location') ?? null;
  const htmlParts = parts.filter((p) => mediaType(p.headers.get('content-type')) === 'text/html');
  const main =
    htmlParts.find((p) => snapshotUrl !== null && p.headers.get('content-location') === snapshotUrl) ?? htmlParts[0];
  if (!main) throw corrupt('mhtml', 'no web page inside the archive');

  const htmlBytes = decodeTransferEncoding(main.rawBody, main.headers.get('content-transfer-encoding'));
  const decoded = decodeBytes(htmlBytes, {
    declared: headerParam(main.headers.get('content-type'), 'charset'),
    sniffHtml: true,
  });
  const subject = headers.get('subject');
  const url = snapshotUrl ?? main.headers.get('content-location') ?? null;
  try {
    return parseHtmlString(decoded.text, {
      fileName,
      format: 'mhtml',
      maxTextChars: maxChars,
      url,
      resources: collectImages(parts),
      extraMetadata: {
        charset: decoded.charset,
        snapshotUrl,
        savedAt: headers.get('date') ?? null,
        archiveSubject: subject ? decodeEncodedWords(subject) : null,
        parts: parts.length,
      },
    });
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    // A page with no text that also stops before its closing tags was cut short (a save or a
    // copy interrupted): the reporter should fetch it again, not conclude the page was blank.
    if (err.code === 'EMPTY' && isCutShort(decoded.text))
      throw corrupt('mhtml', 'the web page inside stops part-way: the archive looks cut short');
    throw new ParseError(err.code, err.message.replace('web page', 'web archive'), 'mhtml');
  }
}

/** True when an HTML document has neither its </body> nor its </html> (every saved page has them). */
function isCutShort(html: string): boolean {
  return !/<\/(?:body|html)\s*>/iu.test(html);
}
