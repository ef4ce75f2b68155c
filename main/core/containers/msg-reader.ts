import MsgReader from '@kenjiuno/msgreader';
import { normalizeDate } from '../import/dates';
import { chooseLanguage } from '../import/language';
import { sanitizeHtml } from '../import/sanitize-html';
import { checkTextLength, MAX_TEXT_CHARS } from '../import/text-limit';
import { countWords, htmlToText, makeExcerpt, normalizeText, textToHtml } from '../import/text-stats';
import type { ParsedArticle } from '../import/types';
import type { MailParts, MailPerson } from './mail-parts';
import { cleanMessageId, normaliseSubject, parseIdList } from './threading';

/** One header's value from Outlook's copy of the transport headers, when it kept them. */
function header(headers: string | undefined, name: string): string | null {
  if (!headers) return null;
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'imu').exec(headers);
  return match?.[1]?.replace(/\r?\n[ \t]+/gu, ' ').trim() ?? null;
}

function person(name: string | undefined, address: string | undefined): MailPerson | null {
  const a = address?.trim().toLowerCase();
  return a && a.includes('@') ? { name: name?.trim() || null, address: a } : null;
}

/**
 * Reads an Outlook .msg with @kenjiuno/msgreader: the message as an e-mail article (subject,
 * sender, recipients, date, body) and its attachments with their bytes.
 */
export function readMsg(
  bytes: Uint8Array,
  fileName: string,
  maxChars = MAX_TEXT_CHARS,
): { article: ParsedArticle; parts: MailParts } {
  const copy = new Uint8Array(bytes);
  const reader = new MsgReader(copy.buffer);
  const data = reader.getFileData();
  if (data.error) throw new Error(data.error);
  let html: string;
  let text: string;
  const bodyHtml = data.bodyHtml ?? (data.html ? Buffer.from(data.html).toString('utf8') : undefined);
  if (bodyHtml && bodyHtml.trim() !== '') {
    html = sanitizeHtml(bodyHtml);
    text = htmlToText(html);
  } else {
    text = normalizeText(data.body ?? '');
    html = textToHtml(text);
  }
  checkTextLength(text, 'eml', maxChars);
  const from = person(data.senderName, data.senderSmtpAddress ?? data.senderEmail);
  const recipients = (data.recipients ?? []).map((r) => ({
    type: r.recipType ?? 'to',
    who: person(r.name, r.smtpAddress ?? r.email),
  }));
  const to = recipients.filter((r) => r.type === 'to' && r.who).map((r) => r.who!);
  const cc = recipients.filter((r) => r.type === 'cc' && r.who).map((r) => r.who!);
  const dateText = header(data.headers, 'date') ?? data.messageDeliveryTime ?? data.clientSubmitTime ?? null;
  const sentAt = normalizeDate(dateText);
  const subject = data.subject?.trim() || fileName.replace(/\.[^.]+$/u, '');
  const byline = from ? (from.name ? `${from.name} <${from.address}>` : from.address) : (data.senderName ?? null);
  const format = (p: MailPerson) => (p.name ? `${p.name} <${p.address}>` : p.address);
  const attachments = (data.attachments ?? [])
    .filter((a) => !a.innerMsgContent)
    .map((a, i) => {
      const file = reader.getAttachment(a);
      return {
        fileName: (file.fileName || a.fileName || `attachment-${i + 1}`).replace(/[\\/]/gu, '_'),
        mimeType: a.attachMimeTag ?? 'application/octet-stream',
        bytes: file.content,
        inlineImage: false,
      };
    });
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
        to: to.map(format),
        cc: cc.map(format),
        date: dateText,
        subject: data.subject ?? null,
        messageId: cleanMessageId(header(data.headers, 'message-id')),
        attachments: attachments.map((a) => ({
          fileName: a.fileName,
          mimeType: a.mimeType,
          bytes: a.bytes.byteLength,
        })),
        outlook: true,
      },
    },
    parts: {
      headers: {
        messageId: cleanMessageId(header(data.headers, 'message-id')),
        inReplyTo: parseIdList(header(data.headers, 'in-reply-to'))[0] ?? null,
        references: parseIdList(header(data.headers, 'references')),
        subjectKey: normaliseSubject(data.subject ?? ''),
        sentAt,
        sender: from?.address ?? null,
        recipients: [...new Set([...to, ...cc].map((p) => p.address))],
      },
      people: { from: from ? [from] : [], to, cc },
      attachments,
    },
  };
}
