import type { ArticleId, ArticleTags, DossierApi, LibraryChangeReason, TagId, TagSummary } from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import {
  addTagToArticle,
  addTagToArticles,
  deleteTagRow,
  ensureTag,
  findTagId,
  getTagSummary,
  insertTag,
  listArticleIdsOfTag,
  listNestedTagNames,
  listTagsOfArticle,
  mergeTagInto,
  removeTagFromArticle,
  renameTagRows,
  updateTagColor,
} from '../../../db/tags';
import { listExistingArticleIds } from '../../../db/article-refs';
import type { CoreContext } from '../kernel/context';
import { requireId, requireStringArray } from '../kernel/validate';
import { normalizeTagColor, normalizeTagName } from './tag-names';
import { writeTransaction } from '../../../db/write-transaction';

export type TagHandlers = Pick<
  DossierApi,
  'createTag' | 'renameTag' | 'recolourTag' | 'mergeTags' | 'deleteTag' | 'restoreTag' | 'tagArticles' | 'untagArticles'
>;

const MAX_BULK = 100_000;

function requireIds<T extends number>(value: unknown, name: string): T[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new DossierError('INVALID_INPUT', `"${name}" must list at least one id.`);
  if (value.length > MAX_BULK)
    throw new DossierError('INVALID_INPUT', `"${name}" lists too many ids (at most ${MAX_BULK}).`);
  return [...new Set(value.map((v, i) => requireId<T>(v, `${name}[${i}]`)))];
}

function requireTagNames(value: unknown): string[] {
  const names = requireStringArray(value, 'tags').map(normalizeTagName);
  if (names.length === 0) throw new DossierError('INVALID_INPUT', 'Name at least one tag.');
  return names;
}

/** Tags: create, rename, recolour, merge, delete (with undo) and bulk tagging. */
export function createTagHandlers(ctx: CoreContext): TagHandlers {
  const { db } = ctx;
  const changed = (reason: LibraryChangeReason) => ctx.events.emit('library:changed', { reason });

  function requireTag(id: unknown, name = 'id'): TagSummary {
    const tagId = requireId<TagId>(id, name);
    const tag = getTagSummary(db, tagId);
    if (!tag) throw new DossierError('NOT_FOUND', `There is no tag ${tagId} in this library.`);
    return tag;
  }

  function requireArticles(value: unknown): ArticleId[] {
    const ids = requireIds<ArticleId>(value, 'ids');
    const existing = new Set(listExistingArticleIds(db, ids));
    const missing = ids.filter((id) => !existing.has(id));
    if (missing.length)
      throw new DossierError('NOT_FOUND', `There is no article ${missing.join(', ')} in this library.`);
    return ids;
  }

  return {
    async createTag(args) {
      const name = normalizeTagName(args?.name);
      const color = normalizeTagColor(args?.color);
      if (findTagId(db, name) !== undefined) throw new DossierError('DUPLICATE', `There is already a tag "${name}".`);
      const id = insertTag(db, { name, color, now: ctx.now() });
      changed('tag-created');
      return getTagSummary(db, id)!;
    },

    async renameTag(args) {
      const tag = requireTag(args?.id);
      const name = normalizeTagName(args?.name);
      const other = findTagId(db, name);
      if (other !== undefined && other !== tag.id) {
        throw new DossierError('DUPLICATE', `There is already a tag "${name}". Merge the two tags instead.`);
      }
      writeTransaction(db, () => {
        const clashes = listNestedTagNames(db, tag.name)
          .map((n) => name + n.slice(tag.name.length))
          .filter((n) => findTagId(db, n) !== undefined);
        if (clashes.length)
          throw new DossierError('DUPLICATE', `Renaming would clash with the existing tag "${clashes[0]}".`);
        renameTagRows(db, tag.id, tag.name, name);
      });
      changed('tag-renamed');
      return getTagSummary(db, tag.id)!;
    },

    async recolourTag(args) {
      const tag = requireTag(args?.id);
      updateTagColor(db, tag.id, normalizeTagColor(args?.color));
      changed('tag-recoloured');
      return getTagSummary(db, tag.id)!;
    },

    async mergeTags(args) {
      const target = requireTag(args?.targetId, 'targetId');
      const sources = requireIds<TagId>(args?.sourceIds, 'sourceIds').map((id) => requireTag(id, 'sourceIds'));
      if (sources.some((s) => s.id === target.id))
        throw new DossierError('INVALID_INPUT', 'A tag cannot be merged into itself.');
      writeTransaction(db, () => sources.forEach((s) => mergeTagInto(db, s.id, target.id)));
      changed('tags-merged');
      return getTagSummary(db, target.id)!;
    },

    async deleteTag(args) {
      const tag = requireTag(args?.id);
      const articleIds = listArticleIdsOfTag(db, tag.id);
      deleteTagRow(db, tag.id);
      changed('tag-deleted');
      return { name: tag.name, color: tag.color, articleIds };
    },

    async restoreTag(args) {
      const name = normalizeTagName(args?.name);
      const color = normalizeTagColor(args?.color);
      const articleIds =
        Array.isArray(args?.articleIds) && args.articleIds.length === 0
          ? []
          : requireIds<ArticleId>(args?.articleIds, 'articleIds');
      const id = writeTransaction(db, () => {
        const tagId = findTagId(db, name) ?? insertTag(db, { name, color, now: ctx.now() });
        if (color !== null) updateTagColor(db, tagId, color);
        // Articles deleted since are skipped: the undo restores what still exists.
        addTagToArticles(db, tagId, articleIds);
        return tagId;
      });
      changed('tag-restored');
      return getTagSummary(db, id)!;
    },

    async tagArticles(args) {
      const ids = requireArticles(args?.ids);
      const names = requireTagNames(args?.tags);
      const result = writeTransaction(db, (): ArticleTags[] => {
        const now = ctx.now();
        const tagIds = names.map((n) => ensureTag(db, n, now));
        return ids.map((id) => {
          tagIds.forEach((t) => addTagToArticle(db, id, t));
          return { id, tags: listTagsOfArticle(db, id) };
        });
      });
      changed('articles-tagged');
      return result;
    },

    async untagArticles(args) {
      const ids = requireArticles(args?.ids);
      const names = requireTagNames(args?.tags);
      const result = writeTransaction(db, (): ArticleTags[] =>
        ids.map((id) => {
          names.forEach((n) => removeTagFromArticle(db, id, n));
          return { id, tags: listTagsOfArticle(db, id) };
        }),
      );
      changed('articles-untagged');
      return result;
    },
  };
}
