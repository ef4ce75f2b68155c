import type { ArticleId } from '../../../preload/api';
import { getArticleSummaries } from '../../../db/articles';
import { getFamilyRow, getMemberFamily } from '../../../db/families';
import type { Db } from '../../../db/open';

/** Another publication of the same story, as a citation names it. */
export interface Publication {
  articleId: ArticleId;
  headline: string;
  outlet: string | null;
  publishedAt: string | null;
}

/** How a brief cites an article that has near copies: its original (when it is a copy) and the others. */
export interface FamilyCitation {
  familyId: number;
  originId: ArticleId;
  /** The family's origin, when the cited article is not it. */
  original: Publication | null;
  /** Every other member, by date (undated last). */
  alsoPublishedBy: Publication[];
}

/** The family citation of an article, or null when it has no near copy. */
export function familyCitationOf(db: Db, articleId: ArticleId): FamilyCitation | null {
  const family = getMemberFamily(db, articleId);
  if (family == null) return null;
  const row = getFamilyRow(db, family);
  if (!row) return null;
  const members = getArticleSummaries(
    db,
    row.articleIds.filter((id) => id !== articleId),
  ).map((a) => ({ articleId: a.id, headline: a.title, outlet: a.siteName, publishedAt: a.publishedAt }));
  const original = members.find((m) => m.articleId === row.originId) ?? null;
  const others = members
    .filter((m) => m.articleId !== row.originId)
    .sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.articleId - b.articleId);
  return { familyId: row.id, originId: row.originId, original, alsoPublishedBy: others };
}

/** "Outlet (2025-04-17), Other (undated)": who else published the story. */
export function describePublications(list: readonly Publication[]): string {
  return list.map((p) => `${p.outlet ?? `“${p.headline}”`} (${p.publishedAt?.slice(0, 10) ?? 'undated'})`).join(', ');
}
