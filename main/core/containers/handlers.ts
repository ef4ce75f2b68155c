import type { ArticleId, ContainersApi, MailThread } from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import { getArticleRow, deleteArticleRow } from '../../../db/articles';
import {
  deleteContainerRow,
  getContainerRow,
  listArticlesOnlyIn,
  listChildrenOfArticle,
  listContainerRows,
  listContainerTree,
  listLinksOfArticle,
} from '../../../db/containers';
import { getMailHeaders, listThreadArticleIds } from '../../../db/mail';
import { writeTransaction } from '../../../db/write-transaction';
import type { CoreContext } from '../kernel/context';
import { requireId } from '../kernel/validate';
import { threadMessages } from './threading';

/** The conversation of a stored e-mail, in date order, each message with its depth in the reply tree. */
export function readThread(ctx: CoreContext, id: ArticleId): MailThread | null {
  const mail = getMailHeaders(ctx.db, id);
  if (!mail?.threadId) return null;
  const ids = listThreadArticleIds(ctx.db, mail.threadId);
  const headers = ids.map((i) => getMailHeaders(ctx.db, i)!).filter(Boolean);
  const { depthOf } = threadMessages(headers);
  return {
    threadId: mail.threadId,
    messages: headers.map((h) => {
      const row = getArticleRow(ctx.db, h.articleId)!;
      return {
        id: h.articleId,
        title: row.title,
        from: row.byline,
        to: h.recipients,
        sentAt: h.sentAt,
        depth: depthOf.get(h.articleId) ?? 0,
        text: row.text,
      };
    }),
  };
}

export function createContainersHandlers(ctx: CoreContext): ContainersApi {
  const { db } = ctx;
  return {
    async getProvenance(args) {
      const id = requireId<ArticleId>(args?.id, 'id');
      return {
        links: listLinksOfArticle(db, id),
        children: listChildrenOfArticle(db, id),
        thread: readThread(ctx, id),
      };
    },
    async getContainer(args) {
      const containerId = requireId<number>(args?.containerId, 'containerId');
      const row = getContainerRow(db, containerId);
      if (!row) throw new DossierError('NOT_FOUND', `There is no container ${containerId} in this library.`);
      const { parentContainerId: _parent, ...detail } = row;
      return detail;
    },
    async listContainers() {
      return listContainerRows(db);
    },
    async deleteContainer(args) {
      const containerId = requireId<number>(args?.containerId, 'containerId');
      if (!getContainerRow(db, containerId))
        throw new DossierError('NOT_FOUND', `There is no container ${containerId} in this library.`);
      const withMembers = args.withMembers === true;
      // One transaction: the container, its nested archives and (if asked) the members found only there.
      const deletedArticles = writeTransaction(db, () => {
        const tree = listContainerTree(db, containerId);
        let count = 0;
        if (withMembers) {
          for (const articleId of listArticlesOnlyIn(db, tree)) {
            ctx.articleHooks.runDeleting(articleId);
            if (deleteArticleRow(db, articleId)) count++;
          }
        }
        deleteContainerRow(db, containerId, tree);
        return count;
      });
      ctx.events.emit('library:changed', { reason: 'article-deleted' });
      return { deletedArticles };
    },
  };
}
