/** The library: its file and counts, and the articles in it. */

import type { EntityType } from './entities';
import type { ArticleId, EntityId } from './ids';
import { listKeys } from './key-list';

export type ArticleFormat = 'html' | 'mhtml' | 'pdf' | 'docx' | 'eml' | 'txt' | 'md';

/** Where an article came from: the original file, kept byte for byte. */
export interface SourceInfo {
  fileName: string;
  sha256: string;
  bytes: number;
  /** ISO 8601 */
  importedAt: string;
}

/** One row of the article list. */
export interface ArticleSummary {
  id: ArticleId;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 date or date-time of publication (never the file's date), or null when unknown. */
  publishedAt: string | null;
  /** BCP 47 language tag, e.g. "en", "fr", "zh". */
  language: string | null;
  excerpt: string | null;
  wordCount: number;
  format: ArticleFormat;
  tags: string[];
}

export interface ArticleEntity {
  id: EntityId;
  name: string;
  type: EntityType;
  mentions: number;
}

/** One article, whole. The JSON shape of `dossier show`. */
export interface Article {
  id: ArticleId;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  language: string | null;
  url: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  /** Plain text of the article body. */
  text: string;
  wordCount: number;
  format: ArticleFormat;
  source: SourceInfo;
  tags: string[];
  entities: ArticleEntity[];
  notes: number;
  quotes: number;
}

/** The reader's view: the article plus its sanitized HTML body. */
export interface ArticleForReader extends Article {
  /** Sanitized HTML (no scripts, handlers, iframes, forms or remote loads). */
  html: string;
}

export interface ListArticlesQuery {
  tag?: string;
  limit?: number;
  offset?: number;
}

export interface ArticlePage {
  total: number;
  articles: ArticleSummary[];
}

export interface LibraryStats {
  articles: number;
  tags: number;
  entities: number;
  notes: number;
  quotes: number;
  /** Size of the library file on disk, in bytes. */
  bytes: number;
}

export interface LibraryInfo {
  /** Absolute path of the library file. */
  path: string;
  schemaVersion: number;
  appVersion: string;
  stats: LibraryStats;
}

export interface LibraryApi {
  /** Where the library is and what is in it. */
  getLibraryInfo(): Promise<LibraryInfo>;
  getStats(): Promise<LibraryStats>;
  listArticles(query: ListArticlesQuery): Promise<ArticlePage>;
  getArticle(args: { id: ArticleId }): Promise<ArticleForReader>;
  deleteArticle(args: { id: ArticleId }): Promise<void>;
}

export const LIBRARY_METHODS = listKeys<LibraryApi>({
  getLibraryInfo: true,
  getStats: true,
  listArticles: true,
  getArticle: true,
  deleteArticle: true,
});
