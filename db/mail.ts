import type { ArticleId, MailFacets } from '../preload/api';
import type { Db } from './open';

/** The headers of one stored e-mail that threading and the mail filters read. */
export interface MailHeaders {
  articleId: ArticleId;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subjectKey: string;
  sentAt: string | null;
  /** Lower-cased address of the sender. */
  sender: string | null;
  /** Lower-cased addresses of To and Cc. */
  recipients: string[];
}

export function insertMailHeaders(db: Db, mail: MailHeaders): void {
  db.prepare(
    `INSERT OR REPLACE INTO mail_messages
       (article_id, message_id, in_reply_to, references_json, subject_key, sent_at, sender, recipients_json)
     VALUES (@articleId, @messageId, @inReplyTo, @references, @subjectKey, @sentAt, @sender, @recipients)`,
  ).run({ ...mail, references: JSON.stringify(mail.references), recipients: JSON.stringify(mail.recipients) });
  const add = db.prepare('INSERT OR IGNORE INTO mail_recipients (article_id, address) VALUES (@articleId, @address)');
  for (const address of mail.recipients) add.run({ articleId: mail.articleId, address });
}

interface MailRow {
  article_id: number;
  message_id: string | null;
  in_reply_to: string | null;
  references_json: string;
  subject_key: string;
  sent_at: string | null;
  sender: string | null;
  recipients_json: string;
}

function toHeaders(r: MailRow): MailHeaders {
  return {
    articleId: r.article_id as ArticleId,
    messageId: r.message_id,
    inReplyTo: r.in_reply_to,
    references: JSON.parse(r.references_json) as string[],
    subjectKey: r.subject_key,
    sentAt: r.sent_at,
    sender: r.sender,
    recipients: JSON.parse(r.recipients_json) as string[],
  };
}

/** The stored e-mail with this Message-ID, if any (the same message met in two exports is one article). */
export function findMailByMessageId(db: Db, messageId: string): ArticleId | undefined {
  return db
    .prepare('SELECT article_id FROM mail_messages WHERE message_id = @messageId ORDER BY article_id LIMIT 1')
    .pluck()
    .get({ messageId }) as ArticleId | undefined;
}

export function listAllMailHeaders(db: Db): MailHeaders[] {
  return (db.prepare('SELECT * FROM mail_messages ORDER BY article_id').all() as MailRow[]).map(toHeaders);
}

export function getMailHeaders(db: Db, articleId: ArticleId): (MailHeaders & { threadId: string | null }) | undefined {
  const row = db.prepare('SELECT * FROM mail_messages WHERE article_id = @articleId').get({ articleId }) as
    (MailRow & { thread_id: string | null }) | undefined;
  return row ? { ...toHeaders(row), threadId: row.thread_id } : undefined;
}

/** Writes the thread of every message whose thread changed. */
export function saveThreadIds(db: Db, threads: ReadonlyMap<ArticleId, string>): void {
  const update = db.prepare(
    'UPDATE mail_messages SET thread_id = @threadId WHERE article_id = @articleId AND thread_id IS NOT @threadId',
  );
  for (const [articleId, threadId] of threads) update.run({ articleId, threadId });
}

export function listThreadArticleIds(db: Db, threadId: string): ArticleId[] {
  return db
    .prepare('SELECT article_id FROM mail_messages WHERE thread_id = @threadId ORDER BY sent_at, article_id')
    .pluck()
    .all({ threadId }) as ArticleId[];
}

/** The address aliases of an entity, lower-cased like the stored mail addresses. */
const ENTITY_ADDRESSES = `SELECT lower(alias) FROM entity_aliases WHERE entity_id = @entityId AND alias LIKE '%_@_%'`;

/**
 * The e-mails an entity sent (its address in From) or received (in To or Cc), newest first, at
 * most `limit`, with how many there are in all.
 */
export function listMailOfEntity(
  db: Db,
  entityId: number,
  role: 'sent' | 'received',
  limit: number,
): { messages: { id: ArticleId; title: string; sentAt: string | null; counterpart: string | null }[]; total: number } {
  const ids =
    role === 'sent'
      ? `SELECT article_id FROM mail_messages WHERE sender IN (${ENTITY_ADDRESSES})`
      : `SELECT DISTINCT article_id FROM mail_recipients WHERE address IN (${ENTITY_ADDRESSES})`;
  const counterpart = role === 'sent' ? `json_extract(m.recipients_json, '$[0]')` : 'm.sender';
  const messages = db
    .prepare(
      `SELECT a.id, a.title, m.sent_at AS sentAt, ${counterpart} AS counterpart
       FROM mail_messages m JOIN articles a ON a.id = m.article_id
       WHERE m.article_id IN (${ids}) ORDER BY m.sent_at DESC, a.id DESC LIMIT @limit`,
    )
    .all({ entityId, limit }) as { id: ArticleId; title: string; sentAt: string | null; counterpart: string | null }[];
  const total = (db.prepare(`SELECT count(*) FROM (${ids})`).pluck().get({ entityId }) as number) ?? 0;
  return { messages, total };
}

/**
 * The commonest senders and recipients among some articles (a search's hits), or null when the
 * library holds no e-mail (then no facet is shown, and nothing is counted).
 */
export function countMailFacets(db: Db, articleIds: readonly number[], limit: number): MailFacets | null {
  if (db.prepare('SELECT 1 FROM mail_messages LIMIT 1').get() === undefined) return null;
  const ids = JSON.stringify(articleIds);
  const senders = db
    .prepare(
      `SELECT m.sender AS value, count(*) AS count FROM json_each(@ids) h
       JOIN mail_messages m ON m.article_id = h.value WHERE m.sender IS NOT NULL
       GROUP BY m.sender ORDER BY count DESC, value LIMIT @limit`,
    )
    .all({ ids, limit }) as MailFacets['senders'];
  const recipients = db
    .prepare(
      `SELECT r.address AS value, count(DISTINCT r.article_id) AS count FROM json_each(@ids) h
       JOIN mail_recipients r ON r.article_id = h.value
       GROUP BY r.address ORDER BY count DESC, value LIMIT @limit`,
    )
    .all({ ids, limit }) as MailFacets['recipients'];
  return { senders, recipients };
}
