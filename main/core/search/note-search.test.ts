import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../test-support/open-test-core';
import { openTestLibrary, searchAll, searchIds } from '../../test-support/search-library';
import { addTestArticle } from '../../test-support/test-article';

let core: TestCore;
beforeEach(() => {
  core = openTestLibrary();
});
afterEach(() => core.close());

/** Document frequency of an index term, or undefined when the vocabulary no longer holds it. */
function vocabCount(term: string): number | undefined {
  const row = core.db.prepare('SELECT docs FROM search_vocab WHERE term = ?').get(term) as { docs: number } | undefined;
  return row?.docs;
}

describe('search: notes', () => {
  it('finds an article through the words of its note, and a free-standing note, with snippets cut from the notes', async () => {
    const chips = addTestArticle(core, {
      title: 'Chip rules',
      text: 'Washington restricted the sale of accelerators.',
    });
    addTestArticle(core, { title: 'Weather', text: 'Sunny skies over the harbour.' });
    const onArticle = await core.api.createNote({
      articleId: chips,
      body: '# To check\nCall the **ministry** about the quetzal shipments.',
    });
    const free = await core.api.createNote({ body: 'Story plan: follow the quetzal money.' });

    const result = await searchAll(core, 'quetzal');
    expect(result.hits.map((h) => h.id)).toEqual([chips]);
    expect(result.total).toBe(1);
    // The article's own text has no "quetzal": its snippet comes from the note, and says so.
    expect(result.hits[0]!.snippetNoteId).toBe(onArticle.id);
    expect(result.hits[0]!.snippet).toContain('<mark>quetzal</mark> shipments');
    expect(result.noteHits?.map((n) => [n.noteId, n.articleId, n.articleTitle])).toEqual(
      expect.arrayContaining([
        [onArticle.id, chips, 'Chip rules'],
        [free.id, null, null],
      ]),
    );
    expect(result.noteHits).toHaveLength(2);
    expect(result.noteHits!.find((n) => n.noteId === free.id)!.snippet).toBe(
      'Story plan: follow the <mark>quetzal</mark> money.',
    );

    // Notes are analysed with the same pipeline: a stemmed form finds them too.
    expect((await searchAll(core, 'ministries')).noteHits?.map((n) => n.noteId)).toEqual([onArticle.id]);
    // An article whose own text matches keeps its own snippet.
    const own = await searchAll(core, 'restricted');
    expect(own.hits[0]!.snippetNoteId).toBeUndefined();
    expect(own.noteHits).toBeUndefined();
  });

  it('follows a note as it is edited, and forgets it once deleted', async () => {
    const id = addTestArticle(core, { title: 'Fabs', text: 'Semiconductor plants need water.' });
    const note = await core.api.createNote({ articleId: id, body: 'Ask about the zeppelin contract.' });
    expect(await searchIds(core, 'zeppelin')).toEqual([id]);
    const vocabulary = core.parts.searchIndex.vocabulary;
    expect(vocabulary.expandFuzzy('zeppelim', 1)).toEqual(['zeppelin']);

    await core.api.updateNote({ id: note.id, body: 'Ask about the dirigible contract.' });
    expect(await searchIds(core, 'zeppelin')).toEqual([]);
    expect((await searchAll(core, 'zeppelin')).noteHits).toBeUndefined();
    expect(await searchIds(core, 'dirigible')).toEqual([id]);
    // Words the edit kept are counted once, words it dropped no more.
    expect(vocabCount('contract')).toBe(1);
    expect(vocabCount('zeppelin')).toBeUndefined();
    expect(vocabulary.expandFuzzy('zeppelim', 1)).toEqual([]);
    expect(vocabulary.expandFuzzy('dirik', 1)).toEqual(['dirig']);

    await core.api.deleteNote({ id: note.id });
    expect(await searchIds(core, 'dirigible')).toEqual([]);
    expect((await searchAll(core, 'dirigible')).noteHits).toBeUndefined();
    expect(vocabCount('dirig')).toBeUndefined();
    expect(vocabulary.expandPrefix('diri')).toEqual([]);
    expect(vocabulary.expandFuzzy('dirik', 1)).toEqual([]);
    // The article itself is still found by its own words.
    expect(await searchIds(core, 'semiconductor')).toEqual([id]);
  });

  it("never shows another article's text in a hit found through a note", async () => {
    const noted = addTestArticle(core, { title: 'Noted', text: 'Tariffs were raised on Monday.' });
    const other = addTestArticle(core, {
      title: 'Other',
      text: 'Secret briefing: the walrus memo reached the embassy.',
    });
    const note = await core.api.createNote({ articleId: noted, body: 'Compare with the walrus memo.' });
    const result = await searchAll(core, 'walrus');
    expect(result.hits.map((h) => h.id).sort()).toEqual([noted, other].sort());
    const notedHit = result.hits.find((h) => h.id === noted)!;
    expect(notedHit.snippetNoteId).toBe(note.id);
    expect(notedHit.snippet).not.toMatch(/Secret|briefing|embassy/);
    expect(result.hits.find((h) => h.id === other)!.snippetNoteId).toBeUndefined();
    expect(result.noteHits).toHaveLength(1);
    expect(result.noteHits![0]!.snippet).toBe('Compare with the <mark>walrus</mark> memo.');
  });

  it('applies filters to notes through their article, and leaves free notes out of filtered searches', async () => {
    const tagged = addTestArticle(core, { title: 'Tagged', text: 'First story.', tags: ['story/chips'] });
    const untagged = addTestArticle(core, { title: 'Untagged', text: 'Second story.' });
    const onTagged = await core.api.createNote({ articleId: tagged, body: 'pelican lead' });
    await core.api.createNote({ articleId: untagged, body: 'pelican rumour' });
    await core.api.createNote({ body: 'pelican plan' });

    expect((await searchAll(core, 'pelican')).noteHits).toHaveLength(3);
    const filtered = await searchAll(core, 'pelican tag:story/chips');
    expect(filtered.hits.map((h) => h.id)).toEqual([tagged]);
    expect(filtered.noteHits?.map((n) => n.noteId)).toEqual([onTagged.id]);
    // An exclusion applies to each note on its own, as to each article.
    const excluding = await searchAll(core, 'pelican -rumour');
    expect(excluding.hits.map((h) => h.id)).toEqual([tagged]);
    expect(excluding.noteHits?.map((n) => n.snippet)).toEqual(
      expect.arrayContaining([expect.stringContaining('lead'), expect.stringContaining('plan')]),
    );
    expect(excluding.noteHits).toHaveLength(2);
    // A saved search counts new articles found only through a note.
    const saved = await core.api.saveSearch({ name: 'Pelicans', query: 'pelican' });
    expect(saved.newMatches).toBe(0);
    const later = addTestArticle(core, { title: 'Later', text: 'Third story.' });
    await core.api.createNote({ articleId: later, body: 'pelican again' });
    expect((await core.api.listSavedSearches()).find((x) => x.id === saved.id)?.newMatches).toBe(1);
  });

  it('indexes notes added without the note handlers (a data import) on the next search', async () => {
    const id = addTestArticle(core, { title: 'Imported', text: 'Plain text.' });
    core.db
      .prepare(
        "INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (?, 'albatross sighting', 'x', 'x'), (NULL, 'albatross list', 'x', 'x')",
      )
      .run(id);
    const result = await searchAll(core, 'albatross');
    expect(result.hits.map((h) => h.id)).toEqual([id]);
    expect(result.noteHits).toHaveLength(2);
  });
});

describe('search: the vocabulary follows deletes', () => {
  it("takes a deleted article's words out of fuzzy and prefix expansion, in the delete's transaction", async () => {
    const index = core.parts.searchIndex;
    const gone = addTestArticle(core, { title: 'Gone', text: 'The quokka census and the harbour.' });
    const kept = addTestArticle(core, { title: 'Kept', text: 'The harbour at dawn.' });
    expect(vocabCount('harbour')).toBe(2);
    // Build the in-memory token set before the delete, as a running app would have.
    expect(index.vocabulary.expandFuzzy('quokke', 1)).toContain('quokka');
    expect(index.vocabulary.expandPrefix('quok')).toEqual(['quokka']);

    await core.api.deleteArticle({ id: gone });
    expect(vocabCount('quokka')).toBeUndefined();
    expect(vocabCount('censu')).toBeUndefined();
    expect(vocabCount('harbour')).toBe(1);
    expect(index.vocabulary.expandFuzzy('quokke', 1)).toEqual([]);
    expect(index.vocabulary.expandPrefix('quok')).toEqual([]);
    expect(await searchIds(core, 'harbour')).toEqual([kept]);
  });

  it('takes back the words of the notes that go with a deleted article', async () => {
    const id = addTestArticle(core, { title: 'Doomed', text: 'Plain words.' });
    await core.api.createNote({ articleId: id, body: 'narwhal tusk' });
    expect(vocabCount('narwhal')).toBe(1);
    await core.api.deleteArticle({ id });
    expect(vocabCount('narwhal')).toBeUndefined();
    expect(vocabCount('plain')).toBeUndefined();
    expect(core.db.prepare('SELECT count(*) FROM search_note_docs').pluck().get()).toBe(0);
  });

  it('keeps the article and its counts when a delete hook fails', async () => {
    const id = addTestArticle(core, { title: 'Stays', text: 'A zebra stood still.' });
    core.faults.beforeDeleted = () => {
      throw new Error('hook failed');
    };
    await expect(core.api.deleteArticle({ id })).rejects.toThrow(/hook failed/);
    core.faults.beforeDeleted = null;
    expect(vocabCount('zebra')).toBe(1);
    expect(await searchIds(core, 'zebra')).toEqual([id]);
  });
});
