import type { ArticleId, NoteId, NoteSummary } from '../preload/api';
import type { Db } from './open';

interface NoteRow {
  id: number;
  article_id: number | null;
  body: string;
  created_at: string;
  updated_at: string;
  event_date: string | null;
  article_title: string | null;
}

const NOTE_COLUMNS = `n.id, n.article_id, n.body, n.created_at, n.updated_at, n.event_date, a.title AS article_title
  FROM notes n LEFT JOIN articles a ON a.id = n.article_id`;

function toNote(row: NoteRow): NoteSummary {
  return {
    id: row.id as NoteId,
    articleId: row.article_id as ArticleId | null,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    eventDate: row.event_date,
    articleTitle: row.article_title,
  };
}

export function insertNote(
  db: Db,
  note: { articleId: ArticleId | null; body: string; now: string; eventDate?: string | null },
): NoteId {
  const info = db
    .prepare(
      `INSERT INTO notes (article_id, body, created_at, updated_at, event_date)
       VALUES (@articleId, @body, @now, @now, @eventDate)`,
    )
    .run({ ...note, eventDate: note.eventDate ?? null });
  return Number(info.lastInsertRowid) as NoteId;
}

/** Notes of one article, or every note when articleId is undefined; newest change first. */
export function listNoteRows(db: Db, articleId?: ArticleId): NoteSummary[] {
  const rows =
    articleId === undefined
      ? db.prepare(`SELECT ${NOTE_COLUMNS} ORDER BY n.updated_at DESC, n.id DESC`).all()
      : db
          .prepare(`SELECT ${NOTE_COLUMNS} WHERE n.article_id = @articleId ORDER BY n.updated_at DESC, n.id DESC`)
          .all({ articleId });
  return (rows as NoteRow[]).map(toNote);
}

/** One note, or undefined when there is no such note. */
export function getNoteRow(db: Db, id: NoteId): NoteSummary | undefined {
  const row = db.prepare(`SELECT ${NOTE_COLUMNS} WHERE n.id = @id`).get({ id }) as NoteRow | undefined;
  return row && toNote(row);
}

/** Replaces a note's body; false when there is no such note. */
export function updateNoteBody(db: Db, id: NoteId, body: string, now: string): boolean {
  return (
    db.prepare('UPDATE notes SET body = @body, updated_at = @now WHERE id = @id').run({ id, body, now }).changes > 0
  );
}

/** Sets or clears (null) the day a note records; false when there is no such note. */
export function updateNoteEventDate(db: Db, id: NoteId, eventDate: string | null, now: string): boolean {
  return (
    db.prepare('UPDATE notes SET event_date = @eventDate, updated_at = @now WHERE id = @id').run({ id, eventDate, now })
      .changes > 0
  );
}

export function deleteNoteRow(db: Db, id: NoteId): boolean {
  return db.prepare('DELETE FROM notes WHERE id = @id').run({ id }).changes > 0;
}
