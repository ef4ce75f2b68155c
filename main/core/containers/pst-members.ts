import { PSTFile, type PSTAttachment, type PSTFolder, type PSTMessage } from 'pst-extractor';
import { MAX_TEXT_CHARS } from '../import/text-limit';
import type { ParsedArticle } from '../import/types';
import type { ApiError } from '../../../preload/api';
import type { MailAttachment, MailParts } from './mail-parts';
import { outlookArticle, outlookPerson, transportHeader, type OutlookFields } from './outlook-article';
import { ArchiveRefused, tooLargeMember } from './archive-member';

/** PidTagAttachMethod: the attachment is another Outlook message, not a file. */
const ATTACH_EMBEDDED_MESSAGE = 5;
/** PidTagRecipientType values. */
const RECIPIENT_TYPE = { 1: 'to', 2: 'cc', 3: 'bcc' } as const;

/** One item of an Outlook store, in folder order: a message read into an article, or why it was not. */
export type PstItem =
  | { path: string; article: ParsedArticle; parts: MailParts; source: Uint8Array }
  | { path: string; skipped: 'not-mail' | 'folder' }
  | { path: string; error: ApiError };

function folderName(folder: PSTFolder): string {
  return (folder.displayName || 'folder').replace(/[\\/]/gu, '_').trim() || 'folder';
}

/** Reads an attachment's bytes from its stream (pst-extractor reads them from the file on demand). */
function attachmentBytes(attachment: PSTAttachment, maxBytes: number): Uint8Array | ApiError {
  const size = attachment.filesize;
  if (size > maxBytes) return tooLargeMember(size, maxBytes);
  const stream = attachment.fileInputStream;
  if (!stream) return new Uint8Array(0);
  const bytes = Buffer.alloc(size);
  stream.readCompletely(bytes);
  return bytes;
}

/**
 * Exchange wraps foreign addresses as "IMCEANOTES-+22Jim+20Lokay+22+20+3Cjim+40example+2Ecom+3E@ORG.com"
 * (hex escapes after "+"): unwraps the address inside when there is one.
 */
export function unwrapImceaAddress(address: string): string {
  const m = /^IMCEA[A-Z]+-(.*)@[^@]+$/iu.exec(address.trim());
  if (!m) return address;
  const inner = m[1]!.replace(/\+([0-9a-f]{2})/giu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return inner.match(/<([^<>\s]+@[^<>\s]+)>/u)?.[1] ?? inner.match(/[^\s<>"]+@[^\s<>"@]+\.[a-z]{2,}/iu)?.[0] ?? address;
}

/** The sender's SMTP address: Exchange stores an internal name ("/O=ORG/...") where the headers have the real one. */
function senderAddress(message: PSTMessage): string | null {
  const stored = unwrapImceaAddress(message.senderEmailAddress || message.sentRepresentingEmailAddress || '');
  if (outlookPerson(null, stored)) return stored;
  const from = transportHeader(message.transportMessageHeaders, 'from');
  return from?.match(/<([^<>\s]+@[^<>\s]+)>/u)?.[1] ?? from?.match(/[^\s<>"]+@[^\s<>"]+/u)?.[0] ?? (stored || null);
}

function dateText(date: Date | null): string | null {
  return date && !Number.isNaN(date.getTime()) ? date.toUTCString() : null;
}

/** What pst-extractor says about one message, in the shape the Outlook article builder reads. */
function fieldsOf(message: PSTMessage, attachments: MailAttachment[]): OutlookFields {
  const recipients: OutlookFields['recipients'] = [];
  for (let i = 0; i < message.numberOfRecipients; i++) {
    const r = message.getRecipient(i);
    if (!r) continue;
    const type = RECIPIENT_TYPE[r.recipientType as 1 | 2 | 3] ?? 'to';
    const address = unwrapImceaAddress(r.smtpAddress || r.emailAddress || '');
    recipients.push({
      type,
      name: r.displayName?.replace(/^'|'$/gu, '') || null,
      address: address.replace(/^'|'$/gu, '') || null,
    });
  }
  return {
    subject: message.subject || null,
    senderName: message.senderName || message.sentRepresentingName || null,
    senderAddress: senderAddress(message),
    recipients,
    transportHeaders: message.transportMessageHeaders || null,
    fallbackDate: dateText(message.clientSubmitTime) ?? dateText(message.messageDeliveryTime),
    bodyHtml: message.bodyHTML || null,
    body: message.body || null,
    messageId: message.internetMessageId || null,
    inReplyTo: message.inReplyToId || null,
    attachments,
  };
}

/**
 * The message as the source Dossier keeps for it: its headers and body as an RFC 822 text
 * (a .pst holds no such text; this is what "open the original" and duplicate detection read).
 */
export function messageSource(fields: OutlookFields, article: ParsedArticle): Uint8Array {
  const line = (name: string, value: string | null | undefined): string =>
    value ? `${name}: ${value.replace(/[\r\n]+/gu, ' ')}\r\n` : '';
  const list = (type: string): string =>
    fields.recipients
      .filter((r) => r.type === type)
      .map((r) => (r.address ? (r.name ? `"${r.name}" <${r.address}>` : r.address) : (r.name ?? '')))
      .filter(Boolean)
      .join(', ');
  const headers =
    line('From', article.byline) +
    line('To', list('to')) +
    line('Cc', list('cc')) +
    line('Date', transportHeader(fields.transportHeaders, 'date') ?? fields.fallbackDate) +
    line('Subject', fields.subject) +
    line('Message-ID', fields.messageId ? `<${fields.messageId.replace(/^<|>$/gu, '')}>` : null) +
    line('In-Reply-To', fields.inReplyTo) +
    line('MIME-Version', '1.0') +
    line('Content-Type', fields.bodyHtml ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
  return Buffer.from(`${headers}\r\n${fields.bodyHtml || fields.body || ''}`, 'utf8');
}

/** Reads one message: its article, threading headers, attachments (embedded messages become .eml files). */
function readMessage(
  message: PSTMessage,
  path: string,
  maxBytes: number,
  maxChars: number,
): Extract<PstItem, { article: ParsedArticle }> {
  const attachments: MailAttachment[] = [];
  const failures: string[] = [];
  for (let i = 0; i < message.numberOfAttachments; i++) {
    const a = message.getAttachment(i);
    if (a.attachMethod === ATTACH_EMBEDDED_MESSAGE) {
      const inner = a.embeddedPSTMessage;
      if (!inner) continue;
      const innerRead = readMessage(inner, `${path}/embedded`, maxBytes, maxChars);
      const name = (inner.subject || `message-${i + 1}`).replace(/[\\/:*?"<>|]/gu, '_').slice(0, 80);
      attachments.push({
        fileName: `${name}.eml`,
        mimeType: 'message/rfc822',
        bytes: innerRead.source,
        inlineImage: false,
      });
      continue;
    }
    const fileName = (a.longFilename || a.filename || a.displayName || `attachment-${i + 1}`).replace(/[\\/]/gu, '_');
    const bytes = attachmentBytes(a, maxBytes);
    if (!(bytes instanceof Uint8Array)) {
      failures.push(`${fileName}: ${bytes.message}`);
      continue;
    }
    attachments.push({
      fileName,
      mimeType: a.mimeTag || 'application/octet-stream',
      bytes,
      inlineImage: Boolean(a.contentId) && a.isAttachmentInvisibleInHtml === false && /^image\//u.test(a.mimeTag),
    });
  }
  const fields = fieldsOf(message, attachments);
  const { article, parts } = outlookArticle(fields, '(no subject)', maxChars);
  if (failures.length > 0) article.metadata = { ...article.metadata, attachmentsNotRead: failures };
  return { path, article, parts, source: messageSource(fields, article) };
}

/** E-mails, posts and meeting requests read as messages; contacts, calendar entries, tasks and notes are not mail. */
function isMail(messageClass: string): boolean {
  return /^(IPM\.Note|IPM\.Post|IPM\.Schedule\.Meeting|REPORT\.IPM\.Note)/iu.test(messageClass || 'IPM.Note');
}

/**
 * Walks an Outlook .pst or .ost with pst-extractor, folder by folder: one item per message, its
 * member path being its folder path ("Inbox/Projects/message 3"). A file on disk is read from
 * disk as it goes (pst-extractor reads by offset), never whole; bytes in memory are read in place.
 */
export function* pstItems(
  source: string | Buffer,
  options: { maxMemberBytes: number; maxChars?: number },
): Generator<PstItem> {
  let pst: PSTFile;
  try {
    pst = new PSTFile(source as string);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    if (/encrypted/iu.test(why))
      throw new ArchiveRefused(
        'ENCRYPTED',
        'This Outlook file uses Outlook’s strong encryption, which Dossier cannot read.',
      );
    throw new ArchiveRefused('CORRUPT_FILE', `This Outlook file could not be opened (${why}).`);
  }
  try {
    const maxChars = options.maxChars ?? MAX_TEXT_CHARS;
    const walk = function* (folder: PSTFolder, prefix: string): Generator<PstItem> {
      if (folder.contentCount > 0) {
        let index = 0;
        for (;;) {
          let message: PSTMessage | null;
          try {
            message = folder.getNextChild() as PSTMessage | null;
          } catch (err) {
            const message = `The rest of this folder could not be read (${(err as Error).message}).`;
            yield { path: `${prefix}message ${index + 1}`, error: { code: 'CORRUPT_FILE', message } };
            break;
          }
          if (!message) break;
          index++;
          const path = `${prefix}message ${index}`;
          if (!isMail(message.messageClass)) {
            yield { path, skipped: 'not-mail' };
            continue;
          }
          try {
            yield readMessage(message, path, options.maxMemberBytes, maxChars);
          } catch (err) {
            const code =
              err instanceof Error && 'code' in err && err.code === 'FILE_TOO_LARGE'
                ? 'FILE_TOO_LARGE'
                : 'CORRUPT_FILE';
            yield { path, error: { code, message: `This message could not be read (${(err as Error).message}).` } };
          }
        }
      }
      if (folder.hasSubfolders) {
        for (const child of folder.getSubFolders()) yield* walk(child, `${prefix}${folderName(child)}/`);
      }
    };
    yield* walk(pst.getRootFolder(), '');
  } finally {
    pst.close();
  }
}
