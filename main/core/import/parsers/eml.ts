import PostalMime from 'postal-mime';
import type { Address } from 'postal-mime';
import iconv from 'iconv-lite';
import { guessCharset, isValidUtf8, normalizeCharset } from '../charset';
import { normalizeDate } from '../dates';
import { corrupt, ParseError } from '../errors';
import { chooseLanguage } from '../language';
import { sanitizeHtmlWithText } from '../sanitize-html';
import { checkTextLength, MAX_TEXT_CHARS } from '../text-limit';
import { countWords, makeExcerpt, normalizeText, textToHtml } from '../text-stats';
import type { ParsedArticle } from '../types';

function formatAddress(address: Address | undefined): string | null {
  if (!address) return null;
  if ('group' in address && Array.isArray(address.group)) {
    const members = address.group.map((m) => formatAddress(m)).filter((m): m is string => m !== null);
    return members.length > 0 ? members.join(', ') : address.name || null;
  }
  const mailbox = address as { name?: string; address?: string };
  if (mailbox.name && mailbox.address) return `${mailbox.name} <${mailbox.address}>`;
  return mailbox.name || mailbox.address || null;
}

function formatList(list: Address[] | undefined): string[] {
  return (list ?? []).map((a) => formatAddress(a)).filter((a): a is string => a !== null);
}

function byteLength(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === 'string' ? content.length : content.byteLength;
}

/** Replaces cid: image references by data: URIs of the message's inline parts. */
function inlineCidImages(
  html: string,
  attachments: { contentId?: string | undefined; mimeType: string; content: ArrayBuffer | Uint8Array | string }[],
): string {
  const byCid = new Map<string, string>();
  for (const a of attachments) {
    if (!a.contentId || !a.mimeType.startsWith('image/') || typeof a.content === 'string') continue;
    byCid.set(
      a.contentId.replace(/^<|>$/g, ''),
      `data:${a.mimeType};base64,${Buffer.from(a.content as ArrayBuffer).toString('base64')}`,
    );
  }
  if (byCid.size === 0) return html;
  return html.replace(/(["'])cid:([^"']+)\1/gi, (m, q: string, id: string) => {
    const data = byCid.get(id);
    return data ? `${q}${data}${q}` : m;
  });
}

/**
 * A header written as raw 8-bit bytes (no RFC 2047 encoding) cannot be decoded by a MIME parser
 * that assumes UTF-8. Reads it from the raw message and decodes it with the first legacy charset
 * the message declares, else UTF-8 when valid, else a guess. Returns null when the header is plain.
 */
function readRawHeader(raw: Uint8Array, name: string): string | null {
  const text = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 64 * 1024)).toString('latin1');
  const headerEnd = text.search(/\r?\n\r?\n/);
  const block = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(block);
  const value = match?.[1];
  if (!value || !/[\x80-\xff]/.test(value) || value.includes('=?')) return null;
  const bytes = Buffer.from(value.replace(/\r?\n[ \t]+/g, ' ').trim(), 'latin1');
  if (isValidUtf8(bytes)) return bytes.toString('utf8');
  const declared = [...text.matchAll(/charset\s*=\s*"?([\w.:-]+)/gi)]
    .map((m) => normalizeCharset(m[1]))
    .find((c): c is string => c !== null && c !== 'utf-8' && c !== 'windows-1252');
  return iconv.decode(bytes, declared ?? guessCharset(bytes));
}

/** Reads an e-mail: Subject as title, From as byline, Date as publication date, the HTML or text body as the article. */
export async function parseEmlBytes(
  bytes: Uint8Array,
  fileName: string,
  maxChars = MAX_TEXT_CHARS,
): Promise<ParsedArticle> {
  let email;
  try {
    email = await PostalMime.parse(new Uint8Array(bytes));
  } catch (err) {
    throw corrupt('eml', (err as Error).message);
  }
  let html: string;
  let text: string;
  if (email.html && email.html.trim() !== '') {
    ({ html, text } = sanitizeHtmlWithText(inlineCidImages(email.html, email.attachments)));
    if (countWords(text) === 0 && email.text) text = normalizeText(email.text);
  } else {
    text = normalizeText(email.text ?? '');
    html = textToHtml(text);
  }
  checkTextLength(text, 'eml', maxChars);
  if (countWords(text) === 0) throw new ParseError('EMPTY', 'This e-mail has no text in its body.', 'eml');
  email.subject = readRawHeader(bytes, 'subject') ?? email.subject;
  const from = formatAddress(email.from);
  const attachments = email.attachments
    .filter((a) => a.disposition !== 'inline' || !a.contentId)
    .map((a) => ({ fileName: a.filename, mimeType: a.mimeType, bytes: byteLength(a.content) }));
  return {
    title: email.subject?.trim() || fileName.replace(/\.[^.]+$/, ''),
    byline: from,
    siteName: null,
    publishedAt: normalizeDate(email.date ?? null),
    publishedAtSource: 'email-header',
    language: chooseLanguage(null, text),
    url: null,
    canonicalUrl: null,
    excerpt: makeExcerpt(text),
    html,
    text,
    wordCount: countWords(text),
    format: 'eml',
    metadata: {
      from,
      to: formatList(email.to),
      cc: formatList(email.cc),
      date: email.date ?? null,
      subject: email.subject ?? null,
      messageId: email.messageId ?? null,
      attachments,
    },
  };
}
