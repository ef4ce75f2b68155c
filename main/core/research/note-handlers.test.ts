import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId, NoteId } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
let clock = 0;
beforeEach(() => {
  clock = 0;
  core = openTestCore(':memory:', { now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)).toISOString() });
});
afterEach(() => core.close());

describe('notes', () => {
  it('creates notes on an article and free-standing ones, and lists them newest change first', async () => {
    const a = addTestArticle(core, { title: 'Chip rules', text: 'alpha text' });
    const onArticle = await core.api.createNote({ articleId: a, body: '# Check\nCall the *ministry*.' });
    const free = await core.api.createNote({ body: 'Story plan' });
    expect(onArticle).toMatchObject({ articleId: a, articleTitle: 'Chip rules' });
    expect(free).toMatchObject({ articleId: null, articleTitle: null });
    expect((await core.api.listNotes({ articleId: a })).map((n) => n.id)).toEqual([onArticle.id]);

    await core.api.updateNote({ id: onArticle.id, body: '# Check\nCalled the ministry.' });
    const all = await core.api.listNotes({});
    expect(all.map((n) => n.body)).toEqual(['# Check\nCalled the ministry.', 'Story plan']);
    expect((await core.api.getArticle({ id: a })).notes).toBe(1);
  });

  it('deletes notes and reports unknown ids and articles', async () => {
    const note = await core.api.createNote({ body: 'x' });
    await core.api.deleteNote({ id: note.id });
    expect(await core.api.listNotes({})).toEqual([]);
    await expect(core.api.updateNote({ id: note.id, body: 'y' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(core.api.deleteNote({ id: 42 as NoteId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(core.api.createNote({ articleId: 42 as ArticleId, body: 'y' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('goes with its article when the article is deleted', async () => {
    const a = addTestArticle(core, { title: 'Gone', text: 'alpha text' });
    await core.api.createNote({ articleId: a, body: 'note' });
    await core.api.deleteArticle({ id: a });
    expect(await core.api.listNotes({})).toEqual([]);
  });

  it('keeps the day a note records, and refuses a day that does not exist', async () => {
    const a = addTestArticle(core, { title: 'Hearing', text: 'alpha text' });
    const note = await core.api.createNote({ articleId: a, body: 'Senate hearing', eventDate: '2024-03-03' });
    expect(note.eventDate).toBe('2024-03-03');
    const plain = await core.api.createNote({ body: 'Plan' });
    expect(plain.eventDate).toBeNull();
    expect((await core.api.setNoteEventDate({ id: plain.id, eventDate: '2024-02-29' })).eventDate).toBe('2024-02-29');
    expect((await core.api.setNoteEventDate({ id: note.id, eventDate: null })).eventDate).toBeNull();
    for (const bad of ['2023-02-29', '3 March 2024', '2024-03-03T00:00:00Z']) {
      await expect(core.api.setNoteEventDate({ id: plain.id, eventDate: bad })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
    expect((await core.api.listNotes({})).find((n) => n.id === plain.id)?.eventDate).toBe('2024-02-29');
    await expect(core.api.setNoteEventDate({ id: 999 as NoteId, eventDate: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
