import MsgReader from '@kenjiuno/msgreader';
import { MAX_TEXT_CHARS } from '../import/text-limit';
import type { ParsedArticle } from '../import/types';
import type { MailParts } from './mail-parts';
import { outlookArticle } from './outlook-article';

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
  const bodyHtml = data.bodyHtml ?? (data.html ? Buffer.from(data.html).toString('utf8') : undefined);
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
  return outlookArticle(
    {
      subject: data.subject ?? null,
      senderName: data.senderName ?? null,
      senderAddress: data.senderSmtpAddress ?? data.senderEmail ?? null,
      recipients: (data.recipients ?? []).map((r) => ({
        type: r.recipType === 'cc' ? 'cc' : r.recipType === 'bcc' ? 'bcc' : 'to',
        name: r.name ?? null,
        address: r.smtpAddress ?? r.email ?? null,
      })),
      transportHeaders: data.headers ?? null,
      fallbackDate: data.messageDeliveryTime ?? data.clientSubmitTime ?? null,
      bodyHtml: bodyHtml ?? null,
      body: data.body ?? null,
      attachments,
    },
    fileName.replace(/\.[^.]+$/u, ''),
    maxChars,
  );
}
