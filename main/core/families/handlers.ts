import type {
  ArticleFamilyRef,
  ArticleId,
  DossierApi,
  FamilyDetail,
  FamilyId,
  FamilyMember,
} from '../../../preload/api';
import { getArticleRow } from '../../../db/articles';
import { getFamilyRow, getMemberFamily, listFamilyRows, type FamilyRow } from '../../../db/families';
import { listNoteRows } from '../../../db/notes';
import { listQuoteRecordsOfArticle } from '../../../db/quotes';
import { listTagsOfArticle } from '../../../db/tags';
import { writeTransaction } from '../../../db/write-transaction';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import { requireId } from '../kernel/validate';
import { backfillFamilies } from './backfill';
import type { FamilyIndex } from './family-index';
import { diffText } from './word-diff';

type FamiliesHandlers = Pick<DossierApi, 'listFamilies' | 'getFamily' | 'diffArticles' | 'setFamilyOrigin'>;

/** An article's place in its family (for `getArticle`), or null when it stands alone. */
export function familyRefOf(ctx: CoreContext, id: ArticleId): ArticleFamilyRef | null {
  const family = getMemberFamily(ctx.db, id);
  if (family == null) return null;
  const row = getFamilyRow(ctx.db, family);
  return row ? { id: row.id, originId: row.originId, size: row.articleIds.length } : null;
}

function toMember(ctx: CoreContext, id: ArticleId, originId: ArticleId): FamilyMember | [] {
  const a = getArticleRow(ctx.db, id);
  if (!a) return [];
  return {
    id,
    title: a.title,
    siteName: a.siteName,
    byline: a.byline,
    publishedAt: a.publishedAt,
    wordCount: a.wordCount,
    format: a.format,
    importedAt: a.source.importedAt,
    isOrigin: id === originId,
    tags: listTagsOfArticle(ctx.db, id),
    notes: listNoteRows(ctx.db, id).map((n) => ({ id: n.id, text: n.body })),
    quotes: listQuoteRecordsOfArticle(ctx.db, id).map((q) => ({ id: q.id, exact: q.exact })),
  };
}

/** A family with its members: the origin first, then the copies by date (undated last). */
export function familyDetailOf(ctx: CoreContext, row: FamilyRow): FamilyDetail {
  const members = row.articleIds.flatMap((id) => toMember(ctx, id, row.originId));
  members.sort(
    (a, b) =>
      Number(b.isOrigin) - Number(a.isOrigin) ||
      (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') ||
      a.id - b.id,
  );
  return { id: row.id, originId: row.originId, originChosen: row.originOverride !== null, members };
}

export function createFamiliesHandlers(ctx: CoreContext, index: FamilyIndex): FamiliesHandlers {
  const { db } = ctx;
  const requireArticle = (id: ArticleId) => {
    const a = getArticleRow(db, id);
    if (!a) throw new DossierError('NOT_FOUND', `There is no article ${id} in this library.`);
    return a;
  };
  return {
    async listFamilies() {
      // A library that predates families gets them before it is answered (a no-op once done).
      await backfillFamilies(ctx, index);
      return {
        families: listFamilyRows(db).map((f) => ({ id: f.id, originId: f.originId, articleIds: f.articleIds })),
      };
    },
    async getFamily(args) {
      const articleId = requireId<ArticleId>(args?.articleId, 'articleId');
      requireArticle(articleId);
      await backfillFamilies(ctx, index);
      const family = getMemberFamily(db, articleId);
      const row = family == null ? undefined : getFamilyRow(db, family);
      return row ? familyDetailOf(ctx, row) : null;
    },
    async diffArticles(args) {
      const baseId = requireId<ArticleId>(args?.baseId, 'baseId');
      const otherId = requireId<ArticleId>(args?.otherId, 'otherId');
      const base = requireArticle(baseId);
      const other = requireArticle(otherId);
      const body = diffText(base.text, other.text);
      return {
        baseId,
        otherId,
        headline: { base: base.title, other: other.title, changed: base.title.trim() !== other.title.trim() },
        body: body.parts,
        addedWords: body.added,
        removedWords: body.removed,
      };
    },
    async setFamilyOrigin(args) {
      const familyId = requireId<FamilyId>(args?.familyId, 'familyId');
      const articleId = args?.articleId === null ? null : requireId<ArticleId>(args?.articleId, 'articleId');
      const row = getFamilyRow(db, familyId);
      if (!row) throw new DossierError('NOT_FOUND', `There is no family ${familyId} in this library.`);
      if (articleId !== null && !row.articleIds.includes(articleId)) {
        throw new DossierError('INVALID_INPUT', `Article ${articleId} is not a member of family ${familyId}.`);
      }
      writeTransaction(db, () => index.chooseOrigin(familyId, articleId));
      ctx.events.emit('library:changed', { reason: 'family-origin-changed' });
      return familyDetailOf(ctx, getFamilyRow(db, familyId)!);
    },
  };
}
