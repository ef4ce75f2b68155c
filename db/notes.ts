import type { ArticleId, NoteId, NoteSummary } from '../preload/api';
import type { Db } from './open';

interface NoteRow {
  id: number;
  article_id: number | null;
  body: string;
  created_at: string;
  updated_at: string;
}

function toNote(row: NoteRow): NoteSummary {
  return {
    id: row.id as NoteId,
    articleId: row.article_id as ArticleId | null,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertNote(db: Db, note: { articleId: ArticleId | null; body: string; now: string }): NoteId {
  const info = db
    .prepare('INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (@articleId, @body, @now, @now)')
    .run(note);
  return Number(info.lastInsertRowid) as NoteId;
}

/** Notes of one article, or every note when articleId is undefined; newest change first. */
export function listNoteRows(db: Db, articleId?: ArticleId): NoteSummary[] {
  const rows =
    articleId === undefined
      ? db.prepare('SELECT * FROM notes ORDER BY updated_at DESC, id DESC').all()
      : db.prepare('SELECT * FROM notes WHERE article_id = @articleId ORDER BY updated_at DESC, id DESC').all({ articleId });
  return (rows as NoteRow[]).map(toNote);
}
