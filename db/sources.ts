import type { ArticleId, SourceInfo } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** The file's byte count is taken from `content`, never given separately. */
export type NewSource = Pick<SourceInfo, 'sha256' | 'fileName' | 'importedAt'> & { content: Buffer };

/** Stores the original file's bytes; the caller owns the transaction. */
export function insertSource(db: Db, source: NewSource): number {
  const info = cachedStatement(
    db,
    `INSERT INTO sources (sha256, file_name, bytes, content, imported_at)
       VALUES (@sha256, @fileName, @bytes, @content, @importedAt)`,
  ).run({ ...source, bytes: source.content.length });
  return Number(info.lastInsertRowid);
}

/** The article already made from a file with these bytes, if any. */
export function findArticleBySourceSha256(db: Db, sha256: string): ArticleId | undefined {
  const row = cachedStatement(
    db,
    'SELECT a.id FROM sources s JOIN articles a ON a.source_id = s.id WHERE s.sha256 = @sha256',
  ).get({ sha256 }) as { id: number } | undefined;
  return row ? (row.id as ArticleId) : undefined;
}

export function getSourceContent(db: Db, articleId: ArticleId): { fileName: string; content: Buffer } | undefined {
  const row = db
    .prepare(
      'SELECT s.file_name, s.content FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = @articleId',
    )
    .get({ articleId }) as { file_name: string; content: Buffer } | undefined;
  return row ? { fileName: row.file_name, content: row.content } : undefined;
}
