import { normalizeDate } from '../import/dates';
import { chooseLanguage } from '../import/language';
import { sanitizeHtmlWithText } from '../import/sanitize-html';
import { checkTextLength, MAX_TEXT_CHARS } from '../import/text-limit';
import { countWords, makeExcerpt, normalizeText, textToHtml } from '../import/text-stats';
import type { ParsedArticle } from '../import/types';
import type { MailAttachment, MailParts, MailPerson } from './mail-parts';
import { cleanMessageId, normaliseSubject, parseIdList } from './threading';

/** What an Outlook store (.msg or .pst/.ost) says about one message, read by its own library. */
export interface OutlookFields {
  subject: string | null;
  senderName: string | null;
  senderAddress: string | null;
  recipients: { type: 'to' | 'cc' | 'bcc'; name: string | null; address: string | null }[];
  /** Outlook's copy of the internet headers, when it kept them (received mail). */
  transportHeaders: string | null;
  /** A date as text, when the headers have none (delivery or submit time). */
  fallbackDate: string | null;
  bodyHtml: string | null;
  body: string | null;
  /** Message-ID and In-Reply-To from MAPI properties, when the transport headers are missing. */
  messageId?: string | null;
  inReplyTo?: string | null;
  attachments: MailAttachment[];
}

/** One header's value from Outlook's copy of the transport headers. */
export function transportHeader(headers: string | null | undefined, name: string): string | null {
  if (!headers) return null;
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'imu').exec(headers);
  return match?.[1]?.replace(/\r?\n[ \t]+/gu, ' ').trim() ?? null;
}

/** A mailbox with an SMTP address; Exchange-internal addresses ("/O=ORG/OU=...") are not addresses. */
export function outlookPerson(name: string | null | undefined, address: string | null | undefined): MailPerson | null {
  const a = address?.trim().toLowerCase();
  return a && /^[^\s@]+@[^\s@]+$/u.test(a) ? { name: name?.trim() || null, address: a } : null;
}

function formatPerson(p: MailPerson): string {
  return p.name ? `${p.name} <${p.address}>` : p.address;
}

/**
 * Builds the e-mail article (subject, sender, recipients, date, body) and the threading headers
 * of one Outlook message, the same way for a .msg file and a message inside a .pst or .ost.
 */
export function outlookArticle(
  fields: OutlookFields,
  fallbackTitle: string,
  maxChars = MAX_TEXT_CHARS,
): { article: ParsedArticle; parts: MailParts } {
  let html: string;
  let text: string;
  if (fields.bodyHtml && fields.bodyHtml.trim() !== '') {
    ({ html, text } = sanitizeHtmlWithText(fields.bodyHtml));
    if (countWords(text) === 0 && fields.body) {
      text = normalizeText(fields.body);
      html = textToHtml(text);
    }
  } else {
    text = normalizeText(fields.body ?? '');
    html = textToHtml(text);
  }
  checkTextLength(text, 'eml', maxChars);
  const headers = fields.transportHeaders;
  const from = outlookPerson(fields.senderName, fields.senderAddress);
  const people = fields.recipients.map((r) => ({ type: r.type, who: outlookPerson(r.name, r.address) }));
  const to = people.filter((r) => r.type === 'to' && r.who).map((r) => r.who!);
  const cc = people.filter((r) => r.type === 'cc' && r.who).map((r) => r.who!);
  // Some stores keep a Date header no parser reads ("Mon, 22 Oct 2001 13:06:22 -0700 (PDT) Mon, 22 Oct ..."):
  // the MAPI submit time stands in for it.
  const headerDate = transportHeader(headers, 'date');
  const sentAt = normalizeDate(headerDate) ?? normalizeDate(fields.fallbackDate);
  const dateText = sentAt && normalizeDate(headerDate) ? headerDate : (fields.fallbackDate ?? headerDate);
  const subject = fields.subject?.trim() || fallbackTitle;
  const byline = from ? formatPerson(from) : fields.senderName?.trim() || null;
  const messageId = cleanMessageId(transportHeader(headers, 'message-id') ?? fields.messageId ?? null);
  const inReplyTo = parseIdList(transportHeader(headers, 'in-reply-to') ?? fields.inReplyTo ?? null)[0] ?? null;
  return {
    article: {
      title: subject,
      byline,
      siteName: null,
      publishedAt: sentAt,
      publishedAtSource: sentAt ? 'email-header' : null,
      language: chooseLanguage(null, text),
      url: null,
      canonicalUrl: null,
      excerpt: makeExcerpt(text),
      html,
      text,
      wordCount: countWords(text),
      format: 'eml',
      metadata: {
        from: byline,
        to: to.map(formatPerson),
        cc: cc.map(formatPerson),
        date: dateText,
        subject: fields.subject ?? null,
        messageId,
        attachments: fields.attachments.map((a) => ({
          fileName: a.fileName,
          mimeType: a.mimeType,
          bytes: a.bytes.byteLength,
        })),
        outlook: true,
      },
    },
    parts: {
      headers: {
        messageId,
        inReplyTo,
        references: parseIdList(transportHeader(headers, 'references')),
        subjectKey: normaliseSubject(fields.subject ?? ''),
        sentAt,
        sender: from?.address ?? null,
        recipients: [...new Set([...to, ...cc].map((p) => p.address))],
      },
      people: { from: from ? [from] : [], to, cc },
      attachments: fields.attachments,
    },
  };
}
