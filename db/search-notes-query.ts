import type { Db } from './open';
import { cachedStatement } from './statement-cache';
import { META, whereSql, type SearchPredicate } from './search-query';

/** One note that a search matched, with what its hit shows. */
export interface NoteHitRow {
  noteId: number;
  articleId: number | null;
  articleTitle: string | null;
  body: string;
  /** The language the note was analysed with (snippets analyse its words the same way). */
  language: string;
  updatedAt: string;
  score: number;
}

/**
 * The notes an FTS expression matches, best first. A note on an article is listed only when its
 * article passes the search's filters; free notes only when `includeFree` (a search filtered by
 * tag, date or outlet says nothing about a note that belongs to no article).
 */
export function listNoteHits(
  db: Db,
  expr: string,
  where: readonly SearchPredicate[],
  options: { includeFree: boolean; limit: number },
): NoteHitRow[] {
  const w = whereSql(where);
  const onArticle =
    where.length === 0
      ? 'n.article_id IS NOT NULL'
      : `EXISTS (SELECT 1 FROM ${META} WHERE a.id = n.article_id AND ${w.sql})`;
  return cachedStatement(
    db,
    `SELECT n.id AS noteId, n.article_id AS articleId, t.title AS articleTitle, n.body, s.language, n.updated_at AS updatedAt, x.score
     FROM (SELECT rowid AS id, bm25(search_notes_fts, 0.0, 0.0, 1.0) AS score FROM search_notes_fts WHERE search_notes_fts MATCH ?) x
     JOIN notes n ON n.id = x.id JOIN search_note_docs s ON s.note_id = n.id LEFT JOIN articles t ON t.id = n.article_id
     WHERE (n.article_id IS NULL AND ?) OR (${onArticle})
     ORDER BY x.score, n.updated_at DESC, n.id DESC LIMIT ?`,
  ).all(expr, options.includeFree ? 1 : 0, ...(where.length === 0 ? [] : w.params), options.limit) as NoteHitRow[];
}

/** Of some articles, the best-matching note of each (for hits found through a note). */
export function getNoteSnippetSources(
  db: Db,
  expr: string,
  articleIds: readonly number[],
): Map<number, { noteId: number; body: string; language: string }> {
  const out = new Map<number, { noteId: number; body: string; language: string }>();
  if (articleIds.length === 0) return out;
  const rows = cachedStatement(
    db,
    `SELECT n.article_id AS articleId, n.id AS noteId, n.body, s.language
     FROM (SELECT rowid AS id, bm25(search_notes_fts, 0.0, 0.0, 1.0) AS score FROM search_notes_fts WHERE search_notes_fts MATCH ?) x
     JOIN notes n ON n.id = x.id JOIN search_note_docs s ON s.note_id = n.id
     WHERE n.article_id IN (SELECT value FROM json_each(?)) ORDER BY x.score, n.id`,
  ).all(expr, JSON.stringify(articleIds)) as { articleId: number; noteId: number; body: string; language: string }[];
  for (const r of rows)
    if (!out.has(r.articleId)) out.set(r.articleId, { noteId: r.noteId, body: r.body, language: r.language });
  return out;
}
