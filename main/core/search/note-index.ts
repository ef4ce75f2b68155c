import type { ArticleId, NoteId } from '../../../preload/api';
import {
  getIndexedArticleText,
  getNoteToIndex,
  hasNotes,
  listUnindexedNoteIds,
  replaceNoteSearchDocument,
  uncountTerms,
  type NoteToIndex,
} from '../../../db/search-notes';
import { insertSurfaceForms } from '../../../db/search-forms';
import { detectLanguage } from '../import/language';
import { analyzeDocument } from './analyze';
import { toSearchLanguage, type SearchLanguage } from './languages';
import type { SearchIndex } from './search-index';
import { writeTransaction } from '../../../db/write-transaction';
import { surfaceFormsOf } from './surface-forms';

const CATCH_UP_BATCH = 200;

/**
 * Indexes one note, replacing its previous postings; called inside the transaction that creates
 * or autosaves it. Only the note is analysed (never its article), and only the terms that
 * changed touch the vocabulary, so this stays cheap at autosave rate.
 */
export function indexNote(index: SearchIndex, id: NoteId): void {
  const note = getNoteToIndex(index.ctx.db, id);
  if (!note) return;
  const language = chooseNoteLanguage(index, note);
  const doc = analyzeDocument(index.analyzer, language, { title: '', byline: null, text: note.body });
  replaceNoteSearchDocument(index.ctx.db, id, { language, body: doc.body, terms: [...doc.terms] }, note.indexedTerms);
  insertSurfaceForms(index.ctx.db, surfaceFormsOf(doc.forms));
  index.vocabulary.noteTerms(doc.terms);
  if (note.indexedTerms !== null) index.vocabulary.noteRemovals();
}

/**
 * Indexes notes that have no postings yet (a library from schema 2, notes added by a data
 * import). Checked before every search, as such notes can arrive through any path. Returns
 * false when the library has no notes at all, so the search can skip the notes index.
 */
export function catchUpNotes(index: SearchIndex): boolean {
  const { db } = index.ctx;
  if (!hasNotes(db)) return false;
  for (
    let ids = listUnindexedNoteIds(db, CATCH_UP_BATCH);
    ids.length > 0;
    ids = listUnindexedNoteIds(db, CATCH_UP_BATCH)
  ) {
    writeTransaction(db, () => {
      for (const id of ids) indexNote(index, id);
    });
  }
  return true;
}

/**
 * Takes a deleted article's terms back out of the vocabulary (its postings go by trigger). Its
 * text is analysed again, as when it was indexed, rather than keeping every article's term list
 * in the library: that list would be about as large as the index itself.
 */
export function forgetArticleTerms(index: SearchIndex, id: ArticleId): void {
  const article = getIndexedArticleText(index.ctx.db, id);
  if (!article) return;
  const doc = analyzeDocument(index.analyzer, toSearchLanguage(article.language), article);
  uncountTerms(index.ctx.db, [...doc.terms]);
  index.vocabulary.noteRemovals();
}

/**
 * A note on an article is analysed like its article (reporters annotate in the story's
 * language). A free note is analysed in its detected language when the library has articles in
 * it, else in the library's main one: queries are analysed only with the library's languages,
 * so a note analysed in any other could never be found.
 */
function chooseNoteLanguage(index: SearchIndex, note: NoteToIndex): SearchLanguage {
  if (note.articleLanguage !== null) return toSearchLanguage(note.articleLanguage);
  const languages = index.listLanguages();
  const detected = toSearchLanguage(detectLanguage(note.body));
  if (languages.includes(detected)) return detected;
  return languages.includes('en') ? 'en' : languages[0]!;
}
