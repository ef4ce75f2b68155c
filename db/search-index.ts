import type { Article, ArticleId } from '../preload/api';
import type { Db } from './open';
import { clearSurfaceForms } from './search-forms';
import { clearNoteSearchIndex } from './search-notes';
import { cachedStatement } from './statement-cache';
import { writeTransaction } from './write-transaction';

/** One article's analysed fields, ready for the FTS5 index. */
export interface SearchDocument {
  language: string;
  title: string;
  byline: string;
  body: string;
  terms: readonly string[];
}

/** The fields of an article the indexer analyses. */
export type ArticleToIndex = Pick<Article, 'id' | 'title' | 'byline' | 'text' | 'language'>;

/**
 * Writes an article's postings, its search_docs row and its terms' document frequencies. The
 * caller owns the transaction (storeArticle's), so the article and its postings commit together.
 */
export function insertSearchDocument(
  db: Db,
  id: ArticleId,
  doc: SearchDocument,
  options: { countTerms: boolean } = { countTerms: true },
): void {
  cachedStatement(db, 'DELETE FROM search_fts WHERE rowid = @id').run({ id });
  cachedStatement(db, 'INSERT INTO search_fts (rowid, title, byline, body) VALUES (@id, @title, @byline, @body)').run({
    id,
    title: doc.title,
    byline: doc.byline,
    body: doc.body,
  });
  cachedStatement(db, 'INSERT OR REPLACE INTO search_docs (article_id, language) VALUES (@id, @language)').run({
    id,
    language: doc.language,
  });
  if (!options.countTerms) return;
  cachedStatement(
    db,
    `INSERT INTO search_vocab (term, docs) SELECT value, 1 FROM json_each(@terms) WHERE true
     ON CONFLICT (term) DO UPDATE SET docs = docs + 1`,
  ).run({ terms: JSON.stringify(doc.terms) });
}

/** Adds document frequencies gathered over many articles at once (bulk indexing). */
export function addVocabularyCounts(db: Db, counts: ReadonlyMap<string, number>): void {
  db.prepare(
    `INSERT INTO search_vocab (term, docs) SELECT key, value FROM json_each(@counts) WHERE true
     ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs`,
  ).run({ counts: JSON.stringify(Object.fromEntries(counts)) });
}

/** Articles that have no postings yet (a library from schema 1, or stored before search existed). */
export function listUnindexedArticles(db: Db, limit: number): ArticleToIndex[] {
  return db
    .prepare(
      `SELECT a.id, a.title, a.byline, a.text, a.language FROM articles a
       WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id)
       ORDER BY a.id LIMIT @limit`,
    )
    .all({ limit }) as ArticleToIndex[];
}

/** True when some article lacks postings. */
export function hasUnindexedArticles(db: Db): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id) LIMIT 1',
      )
      .get() !== undefined
  );
}

/** Drops every posting (articles' and notes'), the vocabulary and the surface forms, so the index can be rebuilt. */
export function clearSearchIndex(db: Db): void {
  writeTransaction(db, () => {
    clearNoteSearchIndex(db);
    db.prepare("INSERT INTO search_fts (search_fts) VALUES ('delete-all')").run();
    db.prepare('DELETE FROM search_docs').run();
    db.prepare('DELETE FROM search_vocab').run();
    clearSurfaceForms(db);
  });
}

/** The analysis languages present in the index; queries are analysed with each of them. */
export function listIndexedLanguages(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT language FROM search_docs').pluck().all() as string[]).sort();
}

/** Every term of the vocabulary, in code-unit order (what lunr's TokenSet builder needs). */
export function listVocabulary(db: Db): string[] {
  return db.prepare('SELECT term FROM search_vocab WHERE docs > 0 ORDER BY term').pluck().all() as string[];
}

/** The most frequent terms that start with a prefix (code-unit range scan on the primary key). */
export function listTermsWithPrefix(db: Db, prefix: string, limit: number): string[] {
  return db
    .prepare(
      `SELECT term FROM search_vocab WHERE term >= @prefix AND term < @upper AND docs > 0
       ORDER BY docs DESC LIMIT @limit`,
    )
    .pluck()
    .all({ prefix, upper: prefix + '\uffff', limit }) as string[];
}

/** Document frequencies of some terms (terms missing from the vocabulary are left out). */
export function countTermDocs(db: Db, terms: readonly string[]): Map<string, number> {
  const rows = cachedStatement(
    db,
    'SELECT v.term, v.docs FROM search_vocab v WHERE v.term IN (SELECT value FROM json_each(@terms))',
  ).all({
    terms: JSON.stringify(terms),
  }) as { term: string; docs: number }[];
  return new Map(rows.map((r) => [r.term, r.docs]));
}

/** Size of the search index's pages (FTS5 shadow tables and vocabulary), in bytes. */
export function measureSearchIndexBytes(db: Db): number {
  const row = db
    .prepare(
      `SELECT coalesce(sum(pgsize), 0) AS bytes FROM dbstat
       WHERE name LIKE 'search\\_fts\\_%' ESCAPE '\\' OR name LIKE 'search\\_notes\\_fts\\_%' ESCAPE '\\'
          OR name IN ('search_vocab', 'search_docs', 'search_docs_by_language', 'search_note_docs', 'search_forms')`,
    )
    .get() as { bytes: number } | undefined;
  return row?.bytes ?? 0;
}
