import type { ArticleId, FamilyId } from '../../../preload/api';
import {
  createFamily,
  deleteBands,
  deleteFamily,
  deleteMember,
  findBandCandidates,
  findEarliestMember,
  getArticlesToFingerprint,
  getFamilyRow,
  getMemberFamily,
  insertBands,
  listFamilyMemberIds,
  moveFamilyMembers,
  setFamilyOrigin,
  setMemberFamily,
} from '../../../db/families';
import type { CoreContext } from '../kernel/context';
import { TermAnalyzer } from '../search/languages';
import { fingerprintText, type Fingerprint } from './fingerprint';
import { isNearCopy } from './near-copy';

/** Beyond this many members a delete re-elects the origin but does not re-check who still belongs. */
const MAX_SPLIT_CHECK = 200;
/**
 * Memory kept for recent articles' shingles. A budget in bytes, not in articles: a news page's
 * set is 2 to 4 KB, so 16 MB holds some 4,000 to 8,000 articles (plenty for copies that arrive
 * together) and stops growing there. A count of 20,000 grew the import's memory by 3.5 MB per
 * 1,000 pages up to 70 MB (heap snapshots of a 3,000-page import, issue 15).
 */
const RECENT_SHINGLES_BYTES = 16 * 1024 * 1024;

/**
 * The families of one open library. Every method runs inside the caller's write transaction
 * (the store or delete of an article, a backfill batch).
 */
export class FamilyIndex {
  readonly analyzer = new TermAnalyzer();
  /** Shingle sets of recently seen articles, oldest first (insertion order), within the budget below. */
  private readonly recent = new Map<ArticleId, Uint32Array>();
  private recentBytes = 0;
  /** The budget for `recent` (tests lower it to see old articles re-read). */
  recentBudgetBytes = RECENT_SHINGLES_BYTES;
  /** The backfill running for this library, if any (see backfill.ts). */
  backfillRun: Promise<number> | null = null;

  constructor(private readonly ctx: CoreContext) {}

  fingerprint(text: string, language: string | null): Fingerprint {
    return fingerprintText(this.analyzer, text, language);
  }

  /**
   * Adds an article: records its bands, confirms the candidates that share one, and joins their
   * families (merging them when the article bridges two or more).
   */
  addArticle(id: ArticleId, fp: Fingerprint): void {
    const { db } = this.ctx;
    setMemberFamily(db, id, null);
    this.remember(id, fp.shingles);
    if (fp.bandKeys.length === 0) return;
    const candidates = findBandCandidates(db, fp.bandKeys).filter((c) => c !== id);
    insertBands(db, id, fp.bandKeys);
    if (candidates.length === 0) return;
    // One confirmed member is enough for a family: the others of that family are not re-checked.
    const matches: ArticleId[] = [];
    const joined = new Set<FamilyId>();
    const byFamily = candidates
      .map((c) => ({ id: c, family: getMemberFamily(db, c) }))
      .filter((c) => c.family !== undefined);
    for (const c of byFamily) {
      if (c.family != null && joined.has(c.family)) continue;
      const shingles = this.shinglesOf(c.id);
      if (!shingles || !isNearCopy(fp.shingles, shingles)) continue;
      matches.push(c.id);
      if (c.family != null) joined.add(c.family);
    }
    if (matches.length === 0) return;
    const families = [...new Set(matches.map((m) => getMemberFamily(db, m)).filter((f) => f != null))].sort(
      (a, b) => a - b,
    );
    const target = families[0] ?? createFamily(db, id, this.ctx.now());
    let override = getFamilyRow(db, target)?.originOverride ?? null;
    for (const other of families.slice(1)) {
      override ??= getFamilyRow(db, other)?.originOverride ?? null;
      moveFamilyMembers(db, other, target);
      deleteFamily(db, other);
    }
    setFamilyOrigin(db, target, id, override);
    setMemberFamily(db, id, target);
    for (const m of matches) setMemberFamily(db, m, target);
    this.electOrigin(target);
  }

  /**
   * Removes an article before its row is deleted: its bands go, and its family either dissolves
   * (one member left), or is re-checked (the article may have been the bridge between two
   * groups) and gets its origin re-elected.
   */
  removeArticle(id: ArticleId): void {
    const { db } = this.ctx;
    const family = getMemberFamily(db, id);
    const [article] = getArticlesToFingerprint(db, [id]);
    if (article) deleteBands(db, id, this.fingerprint(article.text, article.language).bandKeys);
    deleteMember(db, id);
    this.forget(id);
    if (family == null) return;
    const left = listFamilyMemberIds(db, family);
    if (left.length < 2) {
      deleteFamily(db, family);
      return;
    }
    if (left.length <= MAX_SPLIT_CHECK) this.splitIfDisconnected(family, left);
    this.electOrigin(family);
  }

  /** The origin in force: the reporter's choice while it is a member, else the earliest member. */
  electOrigin(family: FamilyId): void {
    const { db } = this.ctx;
    const row = getFamilyRow(db, family);
    if (!row) return;
    const override =
      row.originOverride !== null && row.articleIds.includes(row.originOverride) ? row.originOverride : null;
    const origin = override ?? findEarliestMember(db, family) ?? row.articleIds[0]!;
    setFamilyOrigin(db, family, origin, override);
  }

  /** The reporter's choice of origin (null: back to the elected one). */
  chooseOrigin(family: FamilyId, articleId: ArticleId | null): void {
    const row = getFamilyRow(this.ctx.db, family);
    if (!row) return;
    setFamilyOrigin(this.ctx.db, family, row.originId, articleId);
    this.electOrigin(family);
  }

  /** Re-elects the origin of an article's family (its date was corrected). */
  noteEdited(id: ArticleId): void {
    const family = getMemberFamily(this.ctx.db, id);
    if (family != null) this.electOrigin(family);
  }

  /** A candidate's shingles: from the cache of recent articles, else from its text. */
  private shinglesOf(id: ArticleId): Uint32Array | undefined {
    const cached = this.recent.get(id);
    if (cached) return cached;
    const [article] = getArticlesToFingerprint(this.ctx.db, [id]);
    if (!article) return undefined;
    const shingles = this.fingerprint(article.text, article.language).shingles;
    this.remember(id, shingles);
    return shingles;
  }

  /**
   * Copies arrive together (a reporter imports a day's coverage; the backfill walks ids in order),
   * so the shingles of recent articles are kept: confirming a candidate then costs no re-reading.
   */
  private remember(id: ArticleId, shingles: Uint32Array): void {
    this.forget(id);
    this.recent.set(id, shingles);
    this.recentBytes += shingles.byteLength;
    for (const oldest of this.recent.keys()) {
      if (this.recentBytes <= this.recentBudgetBytes || oldest === id) break;
      this.forget(oldest);
    }
  }

  private forget(id: ArticleId): void {
    const shingles = this.recent.get(id);
    if (!shingles) return;
    this.recent.delete(id);
    this.recentBytes -= shingles.byteLength;
  }

  /** Bytes of shingles held for recent articles (for tests: the budget holds). */
  get recentShinglesBytes(): number {
    return this.recentBytes;
  }

  /** After a member left: the largest connected group keeps the family, other groups get their own. */
  private splitIfDisconnected(family: FamilyId, members: ArticleId[]): void {
    const { db } = this.ctx;
    const articles = getArticlesToFingerprint(db, members);
    const sets = articles.map((a) => this.fingerprint(a.text, a.language).shingles);
    const parent = articles.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++)
        if (find(i) !== find(j) && isNearCopy(sets[i]!, sets[j]!)) parent[find(i)] = find(j);
    const groups = new Map<number, ArticleId[]>();
    articles.forEach((a, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), a.id]));
    if (groups.size === 1) return;
    const [keep, ...rest] = [...groups.values()].sort((a, b) => b.length - a.length);
    void keep;
    for (const group of rest) {
      if (group.length < 2) {
        setMemberFamily(db, group[0]!, null);
        continue;
      }
      const created = createFamily(db, group[0]!, this.ctx.now());
      for (const m of group) setMemberFamily(db, m, created);
      this.electOrigin(created);
    }
  }
}
