import type { ArticleId, ContainerMemberLine, ImportFileResult } from '../../../preload/api';
import { insertDocumentLink } from '../../../db/containers';
import { findMailByMessageId, insertMailHeaders } from '../../../db/mail';
import { translateStorageError, writeTransaction } from '../../../db/write-transaction';
import { DossierError } from '../../../preload/contract/errors';
import { parseRequestFor } from '../import/parse-request';
import type { ParseOutcome } from '../import/types';
import { storeArticle } from '../library/store-article';
import type { ContainerScope } from './import-container';
import type { MailParts } from './mail-parts';
import { notePeople } from './mail-people';

/** Where a member was found: the container being read and the path inside the top one. */
export interface Place {
  label: string;
  containerId: number | null;
  /** Member path prefix inside the top container. */
  prefix: string;
  depth: number;
}

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Stores one parsed member (or finds its earlier copy) and links it to where it was found, in one transaction. */
export async function importDocument(
  scope: ContainerScope,
  place: Place,
  member: string,
  bytes: Uint8Array,
  parentId: ArticleId | null,
  mail: MailParts | null,
  prebuilt?: ParseOutcome,
): Promise<Omit<ContainerMemberLine, 'member'> & { title?: string; format?: ImportFileResult['format'] }> {
  const { ctx, options } = scope;
  const fileName = member.split('/').pop() || member;
  const outcome = prebuilt ?? (await scope.parsers.parse(parseRequestFor(fileName, bytes, options), options.timeoutMs));
  if (!outcome.ok) return { status: 'failed', error: { code: outcome.code, message: outcome.message } };
  const memberPath = place.prefix + member;
  const link = (articleId: ArticleId): void =>
    insertDocumentLink(ctx.db, {
      articleId,
      containerId: place.containerId,
      memberPath,
      parentArticleId: parentId,
      createdAt: ctx.now(),
    });
  try {
    const stored = storeArticle(ctx, {
      article: outcome.article,
      source: { fileName, content: toBuffer(bytes) },
      ...(mail
        ? {
            findDuplicate: () =>
              mail.headers.messageId !== null ? findMailByMessageId(ctx.db, mail.headers.messageId) : undefined,
          }
        : {}),
      afterStore: (id) => {
        if (place.containerId !== null || parentId !== null) link(id);
        if (mail) insertMailHeaders(ctx.db, { articleId: id, ...mail.headers });
      },
      // The worker's matches, terms and fingerprint, as for a loose file: the hooks only write them.
      ...(outcome.prepared ? { prepared: outcome.prepared } : {}),
    });
    if (mail) notePeople(scope.people, mail);
    if (stored.status === 'duplicate') {
      // Stored once, linked once more: the same attachment in twenty messages has twenty links.
      if (place.containerId !== null || parentId !== null) writeTransaction(ctx.db, () => link(stored.duplicateOf));
      return {
        status: 'duplicate',
        duplicateOf: stored.duplicateOf,
        title: outcome.article.title,
        format: outcome.article.format,
      };
    }
    if (mail) scope.storedMail = true;
    ctx.events.emit('library:changed', { reason: 'import' });
    return { status: 'imported', id: stored.id, title: outcome.article.title, format: outcome.article.format };
  } catch (thrown) {
    const err = translateStorageError(thrown);
    if (err instanceof DossierError) return { status: 'failed', error: err.toApiError() };
    console.error('[dossier] storing a container member failed', err);
    return {
      status: 'failed',
      error: { code: 'INTERNAL', message: 'This file was read but could not be saved; nothing of it was kept.' },
    };
  }
}
