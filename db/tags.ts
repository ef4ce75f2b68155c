import type { ArticleId, TagId, TagSummary } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** Returns the tag's id, creating the tag if needed (names compare case-insensitively). */
export function ensureTag(db: Db, name: string, now: string): TagId {
  cachedStatement(db, 'INSERT INTO tags (name, created_at) VALUES (@name, @now) ON CONFLICT(name) DO NOTHING').run({
    name,
    now,
  });
  return findTagId(db, name)!;
}

export function addTagToArticle(db: Db, articleId: ArticleId, tagId: TagId): void {
  cachedStatement(db, 'INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (@articleId, @tagId)').run({
    articleId,
    tagId,
  });
}

export function removeTagFromArticle(db: Db, articleId: ArticleId, tagName: string): void {
  cachedStatement(
    db,
    'DELETE FROM article_tags WHERE article_id = @articleId AND tag_id = (SELECT id FROM tags WHERE name = @tagName)',
  ).run({ articleId, tagName });
}

export function listTagsOfArticle(db: Db, articleId: ArticleId): string[] {
  return (
    cachedStatement(
      db,
      'SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = @articleId ORDER BY t.name',
    ).all({ articleId }) as { name: string }[]
  ).map((r) => r.name);
}

export function listTagSummaries(db: Db): TagSummary[] {
  const rows = cachedStatement(
    db,
    `SELECT t.id, t.name, t.color, count(at.article_id) AS articles
       FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id
       GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
  ).all() as { id: number; name: string; color: string | null; articles: number }[];
  return rows.map((r) => ({ id: r.id as TagId, name: r.name, color: r.color, articles: r.articles }));
}

/** One tag with its article count, or undefined when there is no such tag. */
export function getTagSummary(db: Db, id: TagId): TagSummary | undefined {
  const row = cachedStatement(
    db,
    `SELECT t.id, t.name, t.color, (SELECT count(*) FROM article_tags at WHERE at.tag_id = t.id) AS articles
       FROM tags t WHERE t.id = @id`,
  ).get({ id }) as { id: number; name: string; color: string | null; articles: number } | undefined;
  return row && { id: row.id as TagId, name: row.name, color: row.color, articles: row.articles };
}

/** The id of the tag with this name (case-insensitive), if any. */
export function findTagId(db: Db, name: string): TagId | undefined {
  const row = cachedStatement(db, 'SELECT id FROM tags WHERE name = @name').get({ name }) as { id: number } | undefined;
  return row ? (row.id as TagId) : undefined;
}

export function insertTag(db: Db, tag: { name: string; color: string | null; now: string }): TagId {
  return Number(
    cachedStatement(db, 'INSERT INTO tags (name, color, created_at) VALUES (@name, @color, @now)').run(tag)
      .lastInsertRowid,
  ) as TagId;
}

/** Renames a tag and every tag nested under it ("story" -> "case" also turns "story/x" into "case/x"). */
export function renameTagRows(db: Db, id: TagId, oldName: string, newName: string): void {
  cachedStatement(db, 'UPDATE tags SET name = @newName WHERE id = @id').run({ id, newName });
  cachedStatement(
    db,
    `UPDATE tags SET name = @newName || substr(name, length(@oldName) + 1)
     WHERE id != @id AND substr(name, 1, length(@oldName) + 1) = @oldName || '/' COLLATE NOCASE`,
  ).run({ id, oldName, newName });
}

/** The names of the tags nested under this one, e.g. "story/x" under "story". */
export function listNestedTagNames(db: Db, name: string): string[] {
  return (
    cachedStatement(
      db,
      `SELECT name FROM tags WHERE substr(name, 1, length(@name) + 1) = @name || '/' COLLATE NOCASE`,
    ).all({ name }) as { name: string }[]
  ).map((r) => r.name);
}

export function updateTagColor(db: Db, id: TagId, color: string | null): void {
  cachedStatement(db, 'UPDATE tags SET color = @color WHERE id = @id').run({ id, color });
}

/** Moves the articles of one tag onto another and deletes the first. */
export function mergeTagInto(db: Db, sourceId: TagId, targetId: TagId): void {
  cachedStatement(
    db,
    'INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT article_id, @targetId FROM article_tags WHERE tag_id = @sourceId',
  ).run({ sourceId, targetId });
  cachedStatement(db, 'DELETE FROM tags WHERE id = @sourceId').run({ sourceId });
}

/** The articles carrying a tag, in id order. */
export function listArticleIdsOfTag(db: Db, id: TagId): ArticleId[] {
  return (
    cachedStatement(db, 'SELECT article_id FROM article_tags WHERE tag_id = @id ORDER BY article_id').all({ id }) as {
      article_id: number;
    }[]
  ).map((r) => r.article_id as ArticleId);
}

export function deleteTagRow(db: Db, id: TagId): void {
  cachedStatement(db, 'DELETE FROM tags WHERE id = @id').run({ id });
}

/** Links a tag to those of the listed articles that still exist. */
export function addTagToArticles(db: Db, tagId: TagId, articleIds: readonly ArticleId[]): void {
  cachedStatement(
    db,
    `INSERT OR IGNORE INTO article_tags (article_id, tag_id)
     SELECT a.id, @tagId FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))`,
  ).run({ tagId, ids: JSON.stringify(articleIds) });
}
