import type { ArticlePage, ArticleSummary } from '../../../preload/api';
import { countArticles, getArticleSummaries, listArticleSummaries } from '../../../db/articles';
import {
  countArticleGroups,
  getFamilyRefs,
  listGroupedArticleIds,
  listListedFamilyMembers,
} from '../../../db/family-groups';
import type { Db } from '../../../db/open';

/** One page of the article list, every article its own row or (grouped) one row per family. */
export function listArticlePage(
  db: Db,
  query: { tag: string | undefined; limit: number; offset: number; groupFamilies: boolean },
): ArticlePage {
  const { tag, limit, offset } = query;
  if (!query.groupFamilies) {
    return { total: countArticles(db, { tag }), articles: withFamilies(db, listArticleSummaries(db, query)) };
  }
  const rows = withFamilies(db, getArticleSummaries(db, listGroupedArticleIds(db, { tag, limit, offset })));
  const families = [...new Set(rows.flatMap((r) => (r.family ? [r.family.id] : [])))];
  const members = listListedFamilyMembers(db, families, tag);
  return {
    total: countArticleGroups(db, { tag }),
    articles: rows.map((row) => {
      const copies = row.family ? (members.get(row.family.id) ?? []).filter((c) => c.id !== row.id) : [];
      return copies.length > 0 ? { ...row, copies } : row;
    }),
  };
}

/** Marks the rows whose article has near copies with its family. */
function withFamilies(db: Db, rows: ArticleSummary[]): ArticleSummary[] {
  const refs = getFamilyRefs(
    db,
    rows.map((r) => r.id),
  );
  if (refs.size === 0) return rows;
  return rows.map((r) => {
    const family = refs.get(r.id);
    return family ? { ...r, family } : r;
  });
}
