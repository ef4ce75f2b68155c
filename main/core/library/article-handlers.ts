import { ENTITY_TYPES, type ArticleId, type DossierApi } from '../../../preload/api';
import { countArticleNotesAndQuotes, deleteArticleRow, getArticleRow } from '../../../db/articles';
import { listArticleEdits } from '../../../db/article-edits';
import { updateArticleMetadata } from './article-metadata';
import { familyRefOf } from '../families/handlers';
import { listArticlePage } from '../families/family-lists';
import { listEntitiesOfArticle, listEntitySummaries } from '../../../db/entities';
import { listNoteRows } from '../../../db/notes';
import { countEverything, databaseBytes } from '../../../db/stats';
import { listTagSummaries, listTagsOfArticle } from '../../../db/tags';
import { DossierError } from '../../../preload/contract/errors';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrate';
import type { CoreContext } from '../kernel/context';
import { requireId, optionalBoolean, optionalInt, optionalString } from '../kernel/validate';
import { writeTransaction } from '../../../db/write-transaction';
import { warmSanitizer } from '../import/sanitize-html';
import { markupToShow } from './article-markup';

type LibraryHandlers = Pick<
  DossierApi,
  | 'getLibraryInfo'
  | 'getStats'
  | 'listArticles'
  | 'getArticle'
  | 'deleteArticle'
  | 'updateArticleMetadata'
  | 'listTags'
  | 'listEntities'
  | 'listNotes'
>;

/**
 * How long after the library is first listed the sanitizer getArticle needs is loaded: the list is
 * on screen and an article is opened next, and the delay keeps the load off the window's first
 * requests.
 */
const SANITIZER_WARM_DELAY_MS = 1000;

/** Reading the library: lists, one article, counts. */
export function createLibraryHandlers(ctx: CoreContext): LibraryHandlers {
  const { db } = ctx;
  let sanitizerWarming = false;
  /** Once per core; unref'd, so a command that only lists still ends at once. */
  const warmSanitizerSoon = (): void => {
    if (sanitizerWarming) return;
    sanitizerWarming = true;
    setTimeout(warmSanitizer, SANITIZER_WARM_DELAY_MS).unref();
  };
  const getStats: DossierApi['getStats'] = async () => ({ ...countEverything(db), bytes: databaseBytes(db) });

  const getArticle: DossierApi['getArticle'] = async (args) => {
    const id = requireId<ArticleId>(args?.id, 'id');
    const row = getArticleRow(db, id);
    if (!row) throw new DossierError('NOT_FOUND', `There is no article ${id} in this library.`);
    const edits = listArticleEdits(db, id);
    return {
      ...row,
      // The one way an article's markup reaches a page or a command: a web page's is sanitized here.
      html: markupToShow(row.format, row.html),
      editedFields: edits.map((e) => e.field),
      extracted: Object.fromEntries(edits.map((e) => [e.field, e.extractedValue])),
      tags: listTagsOfArticle(db, id),
      entities: listEntitiesOfArticle(db, id),
      ...countArticleNotesAndQuotes(db, id),
      family: familyRefOf(ctx, id),
    };
  };

  return {
    getStats,
    getArticle,
    async getLibraryInfo() {
      return {
        path: ctx.libraryPath,
        schemaVersion: LATEST_SCHEMA_VERSION,
        appVersion: ctx.appVersion,
        stats: await getStats(),
      };
    },
    async listArticles(query) {
      const tag = optionalString(query?.tag, 'tag');
      const limit = optionalInt(query?.limit, 'limit', { min: 1, max: 100_000 }) ?? 100;
      const offset = optionalInt(query?.offset, 'offset', { min: 0 }) ?? 0;
      const groupFamilies = optionalBoolean(query?.groupFamilies, 'groupFamilies') ?? false;
      warmSanitizerSoon();
      return listArticlePage(db, { tag, limit, offset, groupFamilies });
    },
    async updateArticleMetadata(args) {
      const id = requireId<ArticleId>(args?.id, 'id');
      updateArticleMetadata(ctx, id, args.changes);
      return getArticle({ id });
    },
    async deleteArticle(args) {
      const id = requireId<ArticleId>(args?.id, 'id');
      // The hooks and the delete share one transaction: a failing hook keeps the article.
      const deleted = writeTransaction(db, () => {
        ctx.articleHooks.runDeleting(id);
        return deleteArticleRow(db, id);
      });
      if (!deleted) throw new DossierError('NOT_FOUND', `There is no article ${id} in this library.`);
      ctx.events.emit('library:changed', { reason: 'article-deleted' });
    },
    async listTags() {
      return listTagSummaries(db);
    },
    async listEntities(args) {
      const type = args?.type;
      if (type !== undefined && !ENTITY_TYPES.includes(type)) {
        throw new DossierError(
          'INVALID_INPUT',
          `Unknown entity type "${String(type)}". Use one of: ${ENTITY_TYPES.join(', ')}.`,
        );
      }
      return listEntitySummaries(db, type);
    },
    async listNotes(args) {
      const articleId = args?.articleId === undefined ? undefined : requireId<ArticleId>(args.articleId, 'articleId');
      return listNoteRows(db, articleId);
    },
  };
}
