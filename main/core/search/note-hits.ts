import type { ArticleId, NoteHit, NoteId } from '../../../preload/api';
import { getNoteSnippetSources, listNoteHits } from '../../../db/search-notes-query';
import type { SearchPredicate } from '../../../db/search-query';
import { toSearchLanguage } from './languages';
import type { SearchPlan } from './plan';
import type { SearchIndex } from './search-index';
import { buildSnippet, findMatches } from './snippets';

/** How many notes a search lists beside its article hits. */
export const MAX_NOTE_HITS = 20;

/**
 * The notes a search's text matches, each with a snippet cut from the note's own body. Filters
 * (tag:, date:, site:...) apply to a note through its article; a free note has no article to
 * filter, so a filtered search leaves free notes out.
 */
export function findNoteHits(index: SearchIndex, plan: SearchPlan): NoteHit[] {
  const expr = plan.match ?? plan.rank;
  if (expr === null || plan.withNotes === false) return [];
  const rows = listNoteHits(index.ctx.db, expr, plan.where, {
    includeFree: !plan.where.some(hasFilter),
    limit: MAX_NOTE_HITS,
  });
  return rows.map((row) => ({
    noteId: row.noteId as NoteId,
    articleId: row.articleId as ArticleId | null,
    articleTitle: row.articleTitle,
    snippet: buildSnippet(
      row.body,
      findMatches(row.body, toSearchLanguage(row.language), plan.highlight, index.analyzer),
    ),
    updatedAt: row.updatedAt,
  }));
}

/**
 * Snippets for hits whose own text shows no match (they were found through a note): each cut
 * from that article's best-matching note, never from any other article or note.
 */
export function buildNoteSnippets(
  index: SearchIndex,
  plan: SearchPlan,
  articleIds: readonly number[],
): Map<number, { noteId: NoteId; snippet: string }> {
  const out = new Map<number, { noteId: NoteId; snippet: string }>();
  const expr = plan.match ?? plan.rank;
  if (expr === null || plan.withNotes === false || articleIds.length === 0) return out;
  for (const [articleId, note] of getNoteSnippetSources(index.ctx.db, expr, articleIds)) {
    const matches = findMatches(note.body, toSearchLanguage(note.language), plan.highlight, index.analyzer);
    if (matches.ranges.length > 0)
      out.set(articleId, { noteId: note.noteId as NoteId, snippet: buildSnippet(note.body, matches) });
  }
  return out;
}

/** True for a predicate that narrows by article metadata (rather than by text or an entity named in the text). */
function hasFilter(p: SearchPredicate): boolean {
  switch (p.kind) {
    case 'match':
    case 'mentions':
      return false;
    case 'and':
    case 'or':
      return p.children.some(hasFilter);
    case 'not':
      return hasFilter(p.child);
    default:
      return true;
  }
}
