import type { Article, ArticleId, NoteId, NoteSummary } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** What the note indexer reads: the note, its article's analysis language, and what is indexed now. */
export type NoteToIndex = Pick<NoteSummary, 'id' | 'articleId' | 'body'> & {
  /** The language the note's article was indexed with (null for a free note or an unindexed article). */
  articleLanguage: string | null;
  /** The terms the note's current postings counted in search_vocab (null when it is not indexed). */
  indexedTerms: string[] | null;
};

/** One note's analysed body, ready for search_notes_fts. */
export interface NoteSearchDocument {
  language: string;
  body: string;
  terms: readonly string[];
}

/** The note and its current index state, or undefined when there is no such note. */
export function getNoteToIndex(db: Db, id: NoteId): NoteToIndex | undefined {
  const row = db
    .prepare(
      `SELECT n.id, n.article_id AS articleId, n.body, d.language AS articleLanguage, s.terms AS indexedTerms
       FROM notes n LEFT JOIN search_docs d ON d.article_id = n.article_id LEFT JOIN search_note_docs s ON s.note_id = n.id
       WHERE n.id = @id`,
    )
    .get({ id }) as (Omit<NoteToIndex, 'indexedTerms'> & { indexedTerms: string | null }) | undefined;
  if (!row) return undefined;
  return { ...row, indexedTerms: row.indexedTerms === null ? null : (JSON.parse(row.indexedTerms) as string[]) };
}

/**
 * Replaces a note's postings and applies only the difference between its old and new terms to
 * the vocabulary: an autosave that changed one word touches one or two vocabulary rows, not all.
 * The caller owns the transaction (the note handler's), so the note and its postings commit together.
 */
export function replaceNoteSearchDocument(
  db: Db,
  id: NoteId,
  doc: NoteSearchDocument,
  previousTerms: readonly string[] | null,
): void {
  db.prepare('DELETE FROM search_notes_fts WHERE rowid = @id').run({ id });
  db.prepare("INSERT INTO search_notes_fts (rowid, title, byline, body) VALUES (@id, '', '', @body)").run({
    id,
    body: doc.body,
  });
  const before = new Set(previousTerms ?? []);
  const after = new Set(doc.terms);
  const added = [...after].filter((t) => !before.has(t));
  const removed = [...before].filter((t) => !after.has(t));
  // An upsert, not INSERT OR REPLACE: replacing would delete the row and fire the uncount trigger.
  db.prepare(
    `INSERT INTO search_note_docs (note_id, language, terms) VALUES (@id, @language, @terms)
     ON CONFLICT (note_id) DO UPDATE SET language = excluded.language, terms = excluded.terms`,
  ).run({ id, language: doc.language, terms: JSON.stringify([...after]) });
  if (added.length > 0) {
    db.prepare(
      `INSERT INTO search_vocab (term, docs) SELECT value, 1 FROM json_each(@terms) WHERE true
       ON CONFLICT (term) DO UPDATE SET docs = docs + 1`,
    ).run({ terms: JSON.stringify(added) });
  }
  uncountTerms(db, removed);
}

/**
 * Takes one document's terms out of the vocabulary (an article being deleted, a note's removed
 * words). Terms left in no document are dropped, so fuzzy and prefix queries never expand to them.
 */
export function uncountTerms(db: Db, terms: readonly string[]): void {
  if (terms.length === 0) return;
  const json = JSON.stringify(terms);
  db.prepare('UPDATE search_vocab SET docs = max(docs - 1, 0) WHERE term IN (SELECT value FROM json_each(@json))').run({
    json,
  });
  db.prepare('DELETE FROM search_vocab WHERE docs = 0 AND term IN (SELECT value FROM json_each(@json))').run({ json });
}

/** True when the library holds at least one note (searches skip the notes index otherwise). */
export function hasNotes(db: Db): boolean {
  return cachedStatement(db, 'SELECT 1 FROM notes LIMIT 1').get() !== undefined;
}

/** Notes that have no postings yet (a library from schema 2, or notes added by a data import). */
export function listUnindexedNoteIds(db: Db, limit: number): NoteId[] {
  return db
    .prepare(
      'SELECT n.id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM search_note_docs s WHERE s.note_id = n.id) ORDER BY n.id LIMIT @limit',
    )
    .pluck()
    .all({ limit }) as NoteId[];
}

/** Drops every note posting (the search_note_docs trigger gives their terms back first). */
export function clearNoteSearchIndex(db: Db): void {
  db.prepare('DELETE FROM search_note_docs').run();
  db.prepare("INSERT INTO search_notes_fts (search_notes_fts) VALUES ('delete-all')").run();
}

/** The fields of an indexed article whose terms must be taken back from the vocabulary. */
export type IndexedArticleText = Pick<Article, 'title' | 'byline' | 'text'> & {
  /** The analysis language it was indexed with (never null, unlike the article's own). */
  language: string;
};

/** An indexed article's text and analysis language, or undefined when it has no postings. */
export function getIndexedArticleText(db: Db, id: ArticleId): IndexedArticleText | undefined {
  return db
    .prepare(
      'SELECT a.title, a.byline, a.text, d.language FROM articles a JOIN search_docs d ON d.article_id = a.id WHERE a.id = @id',
    )
    .get({ id }) as IndexedArticleText | undefined;
}
