import PostalMime from 'postal-mime';
import type { Address } from 'postal-mime';
import type { MailHeaders } from '../../../db/mail';
import { normalizeDate } from '../import/dates';
import { cleanMessageId, normaliseSubject, parseIdList } from './threading';

/** A mailbox as written in a header: display name and address. */
export interface MailPerson {
  name: string | null;
  address: string;
}

export interface MailAttachment {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** An image shown inside the message's HTML (already part of the article). */
  inlineImage: boolean;
}

/** What the container import needs of a message beyond its article: threading headers, people, attachments. */
export interface MailParts {
  headers: Omit<MailHeaders, 'articleId'>;
  people: { from: MailPerson[]; to: MailPerson[]; cc: MailPerson[] };
  attachments: MailAttachment[];
}

function flatten(list: Address[] | Address | undefined): MailPerson[] {
  const out: MailPerson[] = [];
  for (const a of Array.isArray(list) ? list : list ? [list] : []) {
    if ('group' in a && Array.isArray(a.group)) out.push(...flatten(a.group));
    else {
      const m = a as { name?: string; address?: string };
      if (m.address && m.address.includes('@'))
        out.push({ name: m.name?.trim() || null, address: m.address.trim().toLowerCase() });
    }
  }
  return out;
}

/** Reads the headers and attachments of an RFC 822 message (the article itself is parsed by the import worker). */
export async function readMailParts(raw: Uint8Array): Promise<MailParts> {
  const email = await PostalMime.parse(new Uint8Array(raw), { rfc822Attachments: true });
  const from = flatten(email.from);
  const to = flatten(email.to);
  const cc = flatten(email.cc);
  return {
    headers: {
      messageId: cleanMessageId(email.messageId),
      inReplyTo: parseIdList(email.inReplyTo)[0] ?? null,
      references: parseIdList(email.references),
      subjectKey: normaliseSubject(email.subject ?? ''),
      sentAt: normalizeDate(email.date ?? null),
      sender: from[0]?.address ?? null,
      recipients: [...new Set([...to, ...cc].map((p) => p.address))],
    },
    people: { from, to, cc },
    attachments: email.attachments.map((a, i) => {
      const content = a.content;
      const bytes =
        typeof content === 'string'
          ? Buffer.from(content, 'utf8')
          : content instanceof Uint8Array
            ? content
            : new Uint8Array(content);
      const fallback = a.mimeType === 'message/rfc822' ? `message-${i + 1}.eml` : `attachment-${i + 1}`;
      return {
        fileName: (a.filename ?? '').replace(/[\\/]/gu, '_') || fallback,
        mimeType: a.mimeType,
        bytes,
        inlineImage: Boolean(a.contentId) && a.disposition === 'inline' && a.mimeType.startsWith('image/'),
      };
    }),
  };
}
