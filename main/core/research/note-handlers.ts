import type { ArticleId, DossierApi, NoteId } from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import { deleteNoteRow, getNoteRow, insertNote, updateNoteBody, updateNoteEventDate } from '../../../db/notes';
import { listExistingArticleIds } from '../../../db/article-refs';
import type { NoteLifecycle } from '../kernel/article-hooks';
import type { CoreContext } from '../kernel/context';
import { requireId, requireString } from '../kernel/validate';
import { writeTransaction } from '../../../db/write-transaction';

export type NoteHandlers = Pick<DossierApi, 'createNote' | 'updateNote' | 'setNoteEventDate' | 'deleteNote'>;

/** The longest note accepted, in characters (about 100 pages of text). */
export const MAX_NOTE_LENGTH = 500_000;

/**
 * A note's day: `YYYY-MM-DD` naming a real calendar day (no time: "on 3 March" must not move to
 * another day in another time zone), or null/absent for an undated note.
 */
export function optionalEventDate(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value) return value;
  }
  throw new DossierError('INVALID_INPUT', `"eventDate" must be a day written YYYY-MM-DD (for example 2024-03-03).`);
}

/** Notes: Markdown on an article or free-standing, saved as they are typed. */
export function createNoteHandlers(ctx: CoreContext, notes: NoteLifecycle): NoteHandlers {
  const { db } = ctx;
  // Notes are found by search: each change re-indexes the note (only the note) in its own transaction.
  return {
    async createNote(args) {
      const body = requireString(args?.body, 'body', MAX_NOTE_LENGTH);
      const articleId = args?.articleId == null ? null : requireId<ArticleId>(args.articleId, 'articleId');
      const eventDate = optionalEventDate(args?.eventDate);
      if (articleId !== null && listExistingArticleIds(db, [articleId]).length === 0) {
        throw new DossierError('NOT_FOUND', `There is no article ${articleId} in this library.`);
      }
      const id = writeTransaction(db, () => {
        const created = insertNote(db, { articleId, body, eventDate, now: ctx.now() });
        notes.onNoteSaved(created);
        return created;
      });
      ctx.events.emit('library:changed', { reason: 'note-created' });
      return getNoteRow(db, id)!;
    },

    async updateNote(args) {
      const id = requireId<NoteId>(args?.id, 'id');
      const body = requireString(args?.body, 'body', MAX_NOTE_LENGTH);
      const updated = writeTransaction(db, () => {
        if (!updateNoteBody(db, id, body, ctx.now())) return false;
        notes.onNoteSaved(id);
        return true;
      });
      if (!updated) throw new DossierError('NOT_FOUND', `There is no note ${id}.`);
      // No library:changed here: autosave calls this every few keystrokes, and nothing else
      // on screen depends on a note's body.
      return getNoteRow(db, id)!;
    },

    async setNoteEventDate(args) {
      const id = requireId<NoteId>(args?.id, 'id');
      const eventDate = optionalEventDate(args?.eventDate);
      if (!updateNoteEventDate(db, id, eventDate, ctx.now()))
        throw new DossierError('NOT_FOUND', `There is no note ${id}.`);
      // The timeline shows dated notes as events: it refreshes on this.
      ctx.events.emit('library:changed', { reason: 'note-dated' });
      return getNoteRow(db, id)!;
    },

    async deleteNote(args) {
      const id = requireId<NoteId>(args?.id, 'id');
      // Its postings and vocabulary counts go by trigger, in the same statement.
      if (!deleteNoteRow(db, id)) throw new DossierError('NOT_FOUND', `There is no note ${id}.`);
      notes.onNoteDeleted();
      ctx.events.emit('library:changed', { reason: 'note-deleted' });
    },
  };
}
