/** The library: its file and counts, and the articles in it. */

import type { EntityType } from './entities';
import type { ArticleFamilyRef, FamilyCopy } from './families';
import type { ArticleId, EntityId } from './ids';
import { listKeys } from './key-list';

/** 'image': a picture file (PNG, JPEG, TIFF, WebP, GIF, BMP) whose text is read by OCR. */
export type ArticleFormat = 'html' | 'mhtml' | 'pdf' | 'docx' | 'eml' | 'txt' | 'md' | 'image';

/** Where an article came from: the original file, kept byte for byte. */
export interface SourceInfo {
  fileName: string;
  sha256: string;
  bytes: number;
  /** ISO 8601 */
  importedAt: string;
}

/**
 * Where a metadata value came from: the page's JSON-LD, its meta tags, a PDF's or Word file's
 * document properties (the day the file was made, which for a page printed to PDF is the day it
 * was saved, not the story's date), an e-mail's headers, the text itself, or the reporter.
 */
export const METADATA_SOURCES = [
  'json-ld',
  'meta',
  'pdf-metadata',
  'docx-metadata',
  'email-header',
  'text',
  'user',
] as const;
export type MetadataSource = (typeof METADATA_SOURCES)[number];

/** True for the sources that give a file's own date rather than the story's: cite it as "document date". */
export function isDocumentDateSource(source: MetadataSource | null | undefined): boolean {
  return source === 'pdf-metadata' || source === 'docx-metadata';
}

/** The metadata a reporter may correct. */
export const EDITABLE_ARTICLE_FIELDS = ['title', 'byline', 'siteName', 'publishedAt', 'language'] as const;
export type EditableArticleField = (typeof EDITABLE_ARTICLE_FIELDS)[number];

/**
 * A reporter's corrections: each field given is set (null clears it; the title cannot be
 * cleared), each field in `revert` goes back to the value the import extracted.
 */
export interface ArticleMetadataChanges {
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  publishedAt?: string | null;
  /** BCP 47 language tag. */
  language?: string | null;
  revert?: EditableArticleField[];
}

/** One row of the article list. */
export interface ArticleSummary {
  id: ArticleId;
  title: string;
  byline: string | null;
  siteName: string | null;
  /**
   * ISO 8601 date or date-time of publication, or null when unknown. For a PDF or Word file it is
   * the file's own date (see Article.publishedAtSource), which briefs cite as "document date".
   */
  publishedAt: string | null;
  /** BCP 47 language tag, e.g. "en", "fr", "zh". */
  language: string | null;
  excerpt: string | null;
  wordCount: number;
  format: ArticleFormat;
  tags: string[];
  /** Set when the article has near copies in the library (a family); absent (or null) otherwise. */
  family?: ArticleFamilyRef | null;
  /**
   * In a grouped list (`groupFamilies`), the other members of this row's family that the list
   * holds (same tag filter), in the list's order; absent when there are none.
   */
  copies?: FamilyCopy[];
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
  /** Where `publishedAt` came from (null when it is unknown, or the article predates provenance). */
  publishedAtSource: MetadataSource | null;
  language: string | null;
  url: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  /** The fields the reporter corrected; the extracted values are kept apart, in `extracted`. */
  editedFields: EditableArticleField[];
  /** What the import extracted for each edited field (so the reader can show it and revert). */
  extracted: Partial<Record<EditableArticleField, string | null>>;
  /** Plain text of the article body. */
  text: string;
  wordCount: number;
  format: ArticleFormat;
  source: SourceInfo;
  tags: string[];
  entities: ArticleEntity[];
  notes: number;
  quotes: number;
  /** The family of near copies this article belongs to; null when it has none. */
  family: ArticleFamilyRef | null;
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
  /**
   * One row per family of near copies: its first member in the list's order stands for it and
   * carries the others as `copies`; `total`, `limit` and `offset` then count rows, not articles.
   * False (the default) lists every article as its own row.
   */
  groupFamilies?: boolean;
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
  /** Corrects an article's metadata; kept apart from the extracted values and re-indexed at once. */
  updateArticleMetadata(args: { id: ArticleId; changes: ArticleMetadataChanges }): Promise<ArticleForReader>;
}

export const LIBRARY_METHODS = listKeys<LibraryApi>({
  getLibraryInfo: true,
  getStats: true,
  listArticles: true,
  getArticle: true,
  deleteArticle: true,
  updateArticleMetadata: true,
});
