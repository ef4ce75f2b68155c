import type { ArticleId, TagId, TagSummary } from '../preload/api';
import type { Db } from './open';

/** Returns the tag's id, creating the tag if needed (names compare case-insensitively). */
export function ensureTag(db: Db, name: string, now: string): TagId {
  db.prepare('INSERT INTO tags (name, created_at) VALUES (@name, @now) ON CONFLICT(name) DO NOTHING').run({ name, now });
  return (db.prepare('SELECT id FROM tags WHERE name = @name').get({ name }) as { id: number }).id as TagId;
}

export function addTagToArticle(db: Db, articleId: ArticleId, tagId: TagId): void {
  db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (@articleId, @tagId)').run({ articleId, tagId });
}

export function removeTagFromArticle(db: Db, articleId: ArticleId, tagName: string): void {
  db.prepare(
    'DELETE FROM article_tags WHERE article_id = @articleId AND tag_id = (SELECT id FROM tags WHERE name = @tagName)',
  ).run({ articleId, tagName });
}

export function listTagsOfArticle(db: Db, articleId: ArticleId): string[] {
  return (
    db
      .prepare(
        'SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = @articleId ORDER BY t.name',
      )
      .all({ articleId }) as { name: string }[]
  ).map((r) => r.name);
}

export function listTagSummaries(db: Db): TagSummary[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.color, count(at.article_id) AS articles
       FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id
       GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
    )
    .all() as { id: number; name: string; color: string | null; articles: number }[];
  return rows.map((r) => ({ id: r.id as TagId, name: r.name, color: r.color, articles: r.articles }));
}
