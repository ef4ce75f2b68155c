import type { ArticleFamilyRef, ArticleId, FamilyCopy, FamilyId } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/**
 * Lists and searches that show a family of near copies as one row (see `groupFamilies` in the
 * contract). The article list's order is `published_at IS NULL, published_at DESC, id DESC`; a
 * family's row is its first member in that order, so an article stands for its family when no
 * other member the list holds comes before it. That is one primary-key lookup per article outside
 * families, so paging stays an index walk with LIMIT/OFFSET like the ungrouped list.
 */

/** True when article `b` comes before article `a` in the list's order (newest first, undated last, then newest id). */
const B_PRECEDES_A = `((b.published_at IS NULL) < (a.published_at IS NULL)
  OR ((b.published_at IS NULL) = (a.published_at IS NULL)
      AND (coalesce(b.published_at, ''), b.id) > (coalesce(a.published_at, ''), a.id)))`;

const TAGGED = (alias: string) =>
  `EXISTS (SELECT 1 FROM article_tags gt JOIN tags gn ON gn.id = gt.tag_id WHERE gt.article_id = ${alias}.id AND gn.name = @tag)`;

/** The articles that stand for their row: alone, or first of their family among the listed articles. */
function representativesSql(tagged: boolean): string {
  return `FROM articles a WHERE ${tagged ? `${TAGGED('a')} AND` : ''} NOT EXISTS (
    SELECT 1 FROM family_members m
    JOIN family_members o ON o.family_id = m.family_id AND o.article_id <> m.article_id
    JOIN articles b ON b.id = o.article_id
    WHERE m.article_id = a.id AND m.family_id IS NOT NULL ${tagged ? `AND ${TAGGED('b')}` : ''} AND ${B_PRECEDES_A})`;
}

const LIST_ORDER = 'ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC';

/** One page of a grouped article list: the ids of the rows' articles, in the list's order. */
export function listGroupedArticleIds(
  db: Db,
  query: { tag?: string | undefined; limit: number; offset: number },
): ArticleId[] {
  const tagged = query.tag !== undefined;
  return cachedStatement(db, `SELECT a.id ${representativesSql(tagged)} ${LIST_ORDER} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ limit: query.limit, offset: query.offset, ...(tagged ? { tag: query.tag } : {}) }) as ArticleId[];
}

/** How many rows a grouped article list has: each family once, every other article once. */
export function countArticleGroups(db: Db, query: { tag?: string | undefined }): number {
  const tagged = query.tag !== undefined;
  return cachedStatement(db, `SELECT count(*) ${representativesSql(tagged)}`)
    .pluck()
    .get(tagged ? { tag: query.tag } : {}) as number;
}

interface CopyRow {
  family_id: number;
  id: number;
  title: string;
  site_name: string | null;
  published_at: string | null;
  language: string | null;
}

function toCopy(row: CopyRow): FamilyCopy {
  return {
    id: row.id as ArticleId,
    title: row.title,
    siteName: row.site_name,
    publishedAt: row.published_at,
    language: row.language,
  };
}

/**
 * Every member of these families that the list holds (with the tag, when given), by family, in the
 * list's order. The caller leaves out each row's own article.
 */
export function listListedFamilyMembers(
  db: Db,
  families: readonly FamilyId[],
  tag: string | undefined,
): Map<FamilyId, FamilyCopy[]> {
  const out = new Map<FamilyId, FamilyCopy[]>();
  if (families.length === 0) return out;
  const tagged = tag !== undefined;
  const rows = cachedStatement(
    db,
    `SELECT m.family_id, a.id, a.title, a.site_name, a.published_at, a.language
     FROM family_members m JOIN articles a ON a.id = m.article_id
     WHERE m.family_id IN (SELECT value FROM json_each(@families)) ${tagged ? `AND ${TAGGED('a')}` : ''}
     ${LIST_ORDER}`,
  ).all({ families: JSON.stringify(families), ...(tagged ? { tag } : {}) }) as CopyRow[];
  for (const row of rows) {
    const family = row.family_id as FamilyId;
    const list = out.get(family) ?? [];
    list.push(toCopy(row));
    out.set(family, list);
  }
  return out;
}

/** What an unfolded copy row shows, for some articles, by id. */
export function getFamilyCopies(db: Db, ids: readonly number[]): Map<number, FamilyCopy> {
  if (ids.length === 0) return new Map();
  const rows = cachedStatement(
    db,
    `SELECT 0 AS family_id, a.id, a.title, a.site_name, a.published_at, a.language
     FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as CopyRow[];
  return new Map(rows.map((r) => [r.id, toCopy(r)]));
}

/** The family (id, origin, size) of each of these articles that has near copies. */
export function getFamilyRefs(db: Db, ids: readonly number[]): Map<number, ArticleFamilyRef> {
  const out = new Map<number, ArticleFamilyRef>();
  if (ids.length === 0) return out;
  const rows = cachedStatement(
    db,
    `SELECT m.article_id, f.id, f.origin_id,
       (SELECT count(*) FROM family_members c WHERE c.family_id = f.id) AS size
     FROM family_members m JOIN families f ON f.id = m.family_id
     WHERE m.article_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { article_id: number; id: number; origin_id: number; size: number }[];
  for (const r of rows)
    out.set(r.article_id, { id: r.id as FamilyId, originId: r.origin_id as ArticleId, size: r.size });
  return out;
}

/** Every article that has near copies, as [articleId, familyId] pairs (what search folds hits by). */
export function listFamilyMemberships(db: Db): [number, number][] {
  return cachedStatement(db, 'SELECT article_id, family_id FROM family_members WHERE family_id IS NOT NULL')
    .raw(true)
    .all() as [number, number][];
}

/**
 * Calls `onChange` whenever this connection changes who belongs to which family, through
 * temporary triggers (they live only in this connection and never touch the library file).
 * Other connections' writes are seen through PRAGMA data_version, as search's caches do.
 */
export function watchFamilyMembers(db: Db, onChange: () => void): void {
  db.function('dossier_family_members_changed', { deterministic: false }, () => {
    onChange();
    return null;
  });
  const events = [
    'AFTER INSERT ON main.family_members WHEN new.family_id IS NOT NULL',
    'AFTER UPDATE OF family_id ON main.family_members WHEN old.family_id IS NOT new.family_id',
    'AFTER DELETE ON main.family_members WHEN old.family_id IS NOT NULL',
  ];
  events.forEach((event, i) =>
    db.exec(
      `CREATE TEMP TRIGGER IF NOT EXISTS family_members_watch_${i} ${event} BEGIN SELECT dossier_family_members_changed(); END`,
    ),
  );
}
