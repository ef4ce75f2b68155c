import type { ArticleId } from '../preload/api';
import type { Db } from './open';

/** Those of the given ids that name an article in this library, in id order. */
export function listExistingArticleIds(db: Db, ids: readonly ArticleId[]): ArticleId[] {
  return (
    db
      .prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id')
      .all({ ids: JSON.stringify(ids) }) as { id: number }[]
  ).map((r) => r.id as ArticleId);
}

/** The plain text of an article, or undefined when there is no such article. */
export function getArticleText(db: Db, id: ArticleId): string | undefined {
  const row = db.prepare('SELECT text FROM articles WHERE id = @id').get({ id }) as { text: string } | undefined;
  return row?.text;
}
