import type { ArticleId } from '../../../preload/api';
import type { MailHeaders } from '../../../db/mail';

/**
 * Conversation threading after Jamie Zawinski's algorithm (https://www.jwz.org/doc/threading.html):
 * messages are linked by Message-ID, In-Reply-To and References, and a reply whose parent never
 * arrived still joins its siblings through the missing parent's id. Subjects are used only for
 * messages that carry none of those headers (mail from old clients, some exports), and then only
 * to join a thread that already exists with the same normalised subject: two unrelated mails
 * titled "Hello" with proper headers are never merged.
 *
 * Hand-written because no maintained npm package implements it for data we already hold (the
 * packages found take whole parsed mailboxes of their own types); it is short and tested here.
 */

interface Node {
  id: string;
  message: MailHeaders | null;
  parent: Node | null;
  children: Node[];
}

const REPLY_PREFIX = /^\s*((re|fwd?|aw|wg|sv|vs|tr|rif|antw|odp)(\[\d+\])?\s*:\s*|\[[^\]]{1,40}\]\s*)/iu;

/** "Re: [list] Fwd:  Budget  " → "budget": the key subjects are compared by. */
export function normaliseSubject(subject: string): string {
  let s = subject;
  for (let guard = 0; guard < 20 && REPLY_PREFIX.test(s); guard++) s = s.replace(REPLY_PREFIX, '');
  return s.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** "<a@b>" and "a@b" are the same id; ids are compared without brackets and case in the domain. */
export function cleanMessageId(id: string | null | undefined): string | null {
  if (!id) return null;
  const match = /<([^<>\s]+)>/u.exec(id);
  const bare = (match ? match[1]! : id.trim()).trim();
  return bare === '' ? null : bare;
}

/** Every Message-ID found in a References or In-Reply-To header, in order. */
export function parseIdList(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids = [...value.matchAll(/<([^<>\s]+)>/gu)].map((m) => m[1]!);
  return ids.length > 0 ? ids : value.split(/\s+/u).filter((v) => v.includes('@'));
}

function isAncestor(candidate: Node, of: Node): boolean {
  for (let at: Node | null = of; at; at = at.parent) if (at === candidate) return true;
  return false;
}

export interface ThreadingResult {
  /** The thread of each message: the id of its conversation's root. */
  threadOf: Map<ArticleId, string>;
  /** How deep each message sits in its conversation (0 at the root). */
  depthOf: Map<ArticleId, number>;
}

export function threadMessages(messages: readonly MailHeaders[]): ThreadingResult {
  const table = new Map<string, Node>();
  const node = (id: string): Node => {
    let n = table.get(id);
    if (!n) table.set(id, (n = { id, message: null, parent: null, children: [] }));
    return n;
  };
  const setParent = (child: Node, parent: Node): void => {
    if (child === parent || isAncestor(child, parent)) return;
    if (child.parent) child.parent.children = child.parent.children.filter((c) => c !== child);
    child.parent = parent;
    parent.children.push(child);
  };

  const ordered = [...messages].sort(
    (a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? '') || a.articleId - b.articleId,
  );
  for (const m of ordered) {
    let id = cleanMessageId(m.messageId) ?? `article:${m.articleId}`;
    // A second message with the same Message-ID (a copy in another folder) gets its own node.
    if (table.get(id)?.message) id = `article:${m.articleId}`;
    const self = node(id);
    self.message = m;
    const refs = [...m.references];
    const reply = cleanMessageId(m.inReplyTo);
    if (reply && refs[refs.length - 1] !== reply) refs.push(reply);
    let previous: Node | null = null;
    for (const ref of refs) {
      const refNode = node(ref);
      if (previous && !refNode.parent) setParent(refNode, previous);
      previous = refNode;
    }
    if (previous) setParent(self, previous);
  }

  const rootOf = (n: Node): Node => {
    let at = n;
    while (at.parent) at = at.parent;
    return at;
  };
  const threadOf = new Map<ArticleId, string>();
  const depthOf = new Map<ArticleId, number>();
  // Subject fallback, only for messages with no threading headers that sit alone.
  const bySubject = new Map<string, string>();
  const loners: { message: MailHeaders; root: Node }[] = [];
  for (const n of table.values()) {
    if (!n.message) continue;
    const root = rootOf(n);
    const m = n.message;
    const headerless = m.references.length === 0 && !m.inReplyTo;
    if (headerless && root === n && n.children.length === 0) {
      loners.push({ message: m, root });
      continue;
    }
    threadOf.set(m.articleId, root.id);
    let depth = 0;
    for (let at = n.parent; at; at = at.parent) if (at.message) depth++;
    depthOf.set(m.articleId, depth);
    if (m.subjectKey && !bySubject.has(m.subjectKey)) bySubject.set(m.subjectKey, root.id);
  }
  for (const { message, root } of loners) {
    const joined = message.subjectKey ? bySubject.get(message.subjectKey) : undefined;
    if (joined) {
      threadOf.set(message.articleId, joined);
      depthOf.set(message.articleId, 1);
    } else {
      threadOf.set(message.articleId, root.id);
      depthOf.set(message.articleId, 0);
      if (message.subjectKey) bySubject.set(message.subjectKey, root.id);
    }
  }
  return { threadOf, depthOf };
}
