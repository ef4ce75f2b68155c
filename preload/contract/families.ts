/** Families: near-identical articles (one wire story republished by many outlets) and what each changed. */

import type { ArticleId, Brand } from './ids';
import { listKeys } from './key-list';
import type { ArticleFormat } from './library';

export type FamilyId = Brand<number, 'FamilyId'>;

/** Where an article stands in its family: the `family` of `dossier show --json` (null when alone). */
export interface ArticleFamilyRef {
  id: FamilyId;
  /** The probable original: the earliest published (then earliest imported), unless the reporter chose. */
  originId: ArticleId;
  /** How many articles the family holds, this one included. */
  size: number;
}

/**
 * A near copy folded under the row that stands for its family in a grouped list or search (see
 * `groupFamilies` in ListArticlesQuery and SearchRequest): what the unfolded row shows.
 */
export interface FamilyCopy {
  id: ArticleId;
  title: string;
  siteName: string | null;
  publishedAt: string | null;
  language: string | null;
}

/** One family, as `dossier families --json` prints it. */
export interface FamilySummary {
  id: FamilyId;
  originId: ArticleId;
  /** Every member, the origin included, in id order. */
  articleIds: ArticleId[];
}

/** A member as the family view shows it side by side. */
export interface FamilyMember {
  id: ArticleId;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedAt: string | null;
  wordCount: number;
  format: ArticleFormat;
  /** When the file was imported (ISO 8601): the tie-break after the publication date. */
  importedAt: string;
  isOrigin: boolean;
  /** The reporter's own work on this member: it stays on the article it was made on. */
  tags: string[];
  notes: { id: number; text: string }[];
  quotes: { id: number; exact: string }[];
}

export interface FamilyDetail {
  id: FamilyId;
  originId: ArticleId;
  /** True when the reporter chose the origin; false when it was elected by date. */
  originChosen: boolean;
  /** The origin first, then the copies by publication date. */
  members: FamilyMember[];
}

/** One run of a word-level diff: text both share, text only the other has, text only the base has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** What changed from one article (the base, usually the origin) to another. */
export interface ArticleDiff {
  baseId: ArticleId;
  otherId: ArticleId;
  headline: { base: string; other: string; changed: boolean };
  body: DiffPart[];
  /** Words only in the other article, words only in the base. */
  addedWords: number;
  removedWords: number;
}

export interface FamiliesProgress {
  done: number;
  total: number;
}

export interface FamiliesApi {
  /** Every family of the library. */
  listFamilies(): Promise<{ families: FamilySummary[] }>;
  /** The family an article belongs to, with every member; null when the article has no near copy. */
  getFamily(args: { articleId: ArticleId }): Promise<FamilyDetail | null>;
  /** A word-level diff of `otherId` against `baseId` (headline and body). */
  diffArticles(args: { baseId: ArticleId; otherId: ArticleId }): Promise<ArticleDiff>;
  /** Makes a member the family's origin; `articleId: null` goes back to the elected one. */
  setFamilyOrigin(args: { familyId: FamilyId; articleId: ArticleId | null }): Promise<FamilyDetail>;
}

export const FAMILIES_METHODS = listKeys<FamiliesApi>({
  listFamilies: true,
  getFamily: true,
  diffArticles: true,
  setFamilyOrigin: true,
});
