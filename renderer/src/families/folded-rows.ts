import type { ArticleId, ArticleSummary, FamilyCopy, SearchHit } from '../../../preload/api';

/** A copy shown under its family's row once the reporter unfolds it. */
export type CopyRow = FamilyCopy & { copyOf: ArticleId };

/** A row of the article list: an article (standing for its family when it has copies) or an unfolded copy. */
export type ListRow = ArticleSummary | CopyRow;

export function isCopyRow(row: ListRow): row is CopyRow {
  return 'copyOf' in row;
}

/** An unfolded family in the list: the server row that stands for it, and how many copies open under it. */
export interface UnfoldedAt {
  index: number;
  copies: number;
}

/**
 * Where display row `index` comes from, when the families in `unfolded` (sorted by index) show
 * their copies under their row: the server row, and which of its copies (if it is one). The
 * virtualized list keeps paging by server rows; only unfolded families (a handful) shift them.
 */
export function locateRow(index: number, unfolded: readonly UnfoldedAt[]): { server: number; copy?: number } {
  let extra = 0;
  for (const u of unfolded) {
    if (index <= u.index + extra) break;
    if (index <= u.index + extra + u.copies) return { server: u.index, copy: index - u.index - extra - 1 };
    extra += u.copies;
  }
  return { server: index - extra };
}

/** A search result row: a hit (standing for its family when it has copies) or an unfolded copy. */
export type HitRow =
  { id: ArticleId; hit: SearchHit; copy?: undefined } | { id: ArticleId; copy: CopyRow; hit?: undefined };

/** The search results as rows: each hit, then its copies when its family is unfolded. */
export function flattenHits(hits: readonly SearchHit[], unfolded: ReadonlySet<ArticleId>): HitRow[] {
  return hits.flatMap((hit): HitRow[] => [
    { id: hit.id, hit },
    ...(unfolded.has(hit.id) && hit.copies
      ? hit.copies.map((c) => ({ id: c.id, copy: { ...c, copyOf: hit.id } }))
      : []),
  ]);
}
