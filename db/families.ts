import type { ArticleId, FamilyId } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** What the families capability reads of an article to fingerprint it. */
export interface ArticleToFingerprint {
  id: ArticleId;
  language: string | null;
  text: string;
}

/** One family as stored: its origin in force, the reporter's choice if any, and its members. */
export interface FamilyRow {
  id: FamilyId;
  originId: ArticleId;
  /** The article the reporter chose as the original, or null when the origin is elected. */
  originOverride: ArticleId | null;
  articleIds: ArticleId[];
}

/** Records an article's LSH band keys (see migration 0007); the caller owns the transaction. */
export function insertBands(db: Db, articleId: ArticleId, keys: readonly number[]): void {
  const stmt = cachedStatement(db, 'INSERT OR IGNORE INTO family_bands (key, article_id) VALUES (?, ?)');
  for (const key of keys) stmt.run(key, articleId);
}

/** Removes an article's band keys (the caller recomputed them from its text). */
export function deleteBands(db: Db, articleId: ArticleId, keys: readonly number[]): void {
  const stmt = cachedStatement(db, 'DELETE FROM family_bands WHERE key = ? AND article_id = ?');
  for (const key of keys) stmt.run(key, articleId);
}

/** The articles that share at least one band with these keys: the candidates to confirm. */
export function findBandCandidates(db: Db, keys: readonly number[]): ArticleId[] {
  const stmt = cachedStatement(db, 'SELECT article_id FROM family_bands WHERE key = ?').pluck();
  const found = new Set<ArticleId>();
  for (const key of keys) for (const id of stmt.all(key) as ArticleId[]) found.add(id);
  return [...found];
}

/**
 * The family of an article: its id, null when the article stands alone, undefined when it was
 * never fingerprinted (it predates families).
 */
export function getMemberFamily(db: Db, articleId: ArticleId): FamilyId | null | undefined {
  const row = cachedStatement(db, 'SELECT family_id FROM family_members WHERE article_id = ?').get(articleId) as
    { family_id: number | null } | undefined;
  return row === undefined ? undefined : (row.family_id as FamilyId | null);
}

/** Marks an article as fingerprinted, in a family or alone. */
export function setMemberFamily(db: Db, articleId: ArticleId, familyId: FamilyId | null): void {
  cachedStatement(
    db,
    `INSERT INTO family_members (article_id, family_id) VALUES (?, ?)
     ON CONFLICT (article_id) DO UPDATE SET family_id = excluded.family_id`,
  ).run(articleId, familyId);
}

/** Forgets an article's membership (before its row is deleted). */
export function deleteMember(db: Db, articleId: ArticleId): void {
  cachedStatement(db, 'DELETE FROM family_members WHERE article_id = ?').run(articleId);
}

export function createFamily(db: Db, originId: ArticleId, now: string): FamilyId {
  const info = cachedStatement(db, 'INSERT INTO families (origin_id, created_at) VALUES (?, ?)').run(originId, now);
  return Number(info.lastInsertRowid) as FamilyId;
}

/** Moves every member of one family into another (a bridging article joined them). */
export function moveFamilyMembers(db: Db, from: FamilyId, to: FamilyId): void {
  cachedStatement(db, 'UPDATE family_members SET family_id = ? WHERE family_id = ?').run(to, from);
}

/** Deletes a family; its remaining members (if any) stand alone again. */
export function deleteFamily(db: Db, id: FamilyId): void {
  cachedStatement(db, 'UPDATE family_members SET family_id = NULL WHERE family_id = ?').run(id);
  cachedStatement(db, 'DELETE FROM families WHERE id = ?').run(id);
}

export function listFamilyMemberIds(db: Db, id: FamilyId): ArticleId[] {
  return cachedStatement(db, 'SELECT article_id FROM family_members WHERE family_id = ? ORDER BY article_id')
    .pluck()
    .all(id) as ArticleId[];
}

/**
 * The probable original among a family's members: the earliest publication date (articles
 * without one come last), then the earliest import, then the lowest id.
 */
export function findEarliestMember(db: Db, id: FamilyId): ArticleId | undefined {
  return cachedStatement(
    db,
    `SELECT a.id FROM family_members m JOIN articles a ON a.id = m.article_id JOIN sources s ON s.id = a.source_id
     WHERE m.family_id = ?
     ORDER BY a.published_at IS NULL, substr(a.published_at, 1, 10), a.published_at, s.imported_at, a.id LIMIT 1`,
  )
    .pluck()
    .get(id) as ArticleId | undefined;
}

export function setFamilyOrigin(db: Db, id: FamilyId, originId: ArticleId, override: ArticleId | null): void {
  cachedStatement(db, 'UPDATE families SET origin_id = ?, origin_override = ? WHERE id = ?').run(
    originId,
    override,
    id,
  );
}

interface FamilyDbRow {
  id: number;
  origin_id: number;
  origin_override: number | null;
  members: string;
}

const FAMILY_SELECT = `SELECT f.id, f.origin_id, f.origin_override,
  (SELECT json_group_array(article_id) FROM (SELECT article_id FROM family_members WHERE family_id = f.id ORDER BY article_id)) AS members
  FROM families f`;

function toFamilyRow(row: FamilyDbRow): FamilyRow {
  return {
    id: row.id as FamilyId,
    originId: row.origin_id as ArticleId,
    originOverride: row.origin_override as ArticleId | null,
    articleIds: JSON.parse(row.members) as ArticleId[],
  };
}

export function getFamilyRow(db: Db, id: FamilyId): FamilyRow | undefined {
  const row = cachedStatement(db, `${FAMILY_SELECT} WHERE f.id = ?`).get(id) as FamilyDbRow | undefined;
  return row ? toFamilyRow(row) : undefined;
}

/** Every family, the largest first. */
export function listFamilyRows(db: Db): FamilyRow[] {
  const rows = cachedStatement(db, `${FAMILY_SELECT} ORDER BY f.id`).all() as FamilyDbRow[];
  return rows.map(toFamilyRow).sort((a, b) => b.articleIds.length - a.articleIds.length || a.id - b.id);
}

/** The family of each of these articles that has one (for lists and search hits). */
export function mapArticleFamilies(db: Db, ids: readonly ArticleId[]): Map<ArticleId, FamilyId> {
  const out = new Map<ArticleId, FamilyId>();
  if (ids.length === 0) return out;
  const rows = cachedStatement(
    db,
    `SELECT article_id, family_id FROM family_members
     WHERE family_id IS NOT NULL AND article_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { article_id: number; family_id: number }[];
  for (const r of rows) out.set(r.article_id as ArticleId, r.family_id as FamilyId);
  return out;
}

/** The text and language of some articles, to fingerprint them or confirm a candidate. */
export function getArticlesToFingerprint(db: Db, ids: readonly ArticleId[]): ArticleToFingerprint[] {
  if (ids.length === 0) return [];
  return cachedStatement(
    db,
    'SELECT id, language, text FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
  ).all(JSON.stringify(ids)) as ArticleToFingerprint[];
}

/** Articles never fingerprinted (they predate families), in id order after `afterId`. */
export function listUnfingerprintedArticles(db: Db, afterId: number, limit: number): ArticleToFingerprint[] {
  return cachedStatement(
    db,
    `SELECT a.id, a.language, a.text FROM articles a
     WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM family_members m WHERE m.article_id = a.id)
     ORDER BY a.id LIMIT ?`,
  ).all(afterId, limit) as ArticleToFingerprint[];
}

export function countUnfingerprintedArticles(db: Db): number {
  return cachedStatement(
    db,
    'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM family_members m WHERE m.article_id = a.id)',
  )
    .pluck()
    .get() as number;
}

export function articleExists(db: Db, id: ArticleId): boolean {
  return cachedStatement(db, 'SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}
