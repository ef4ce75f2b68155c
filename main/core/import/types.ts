import type { ArticleFormat } from '../../../preload/api';
import type { NewArticle } from '../../../db/articles';
import type { PreparedArticleWork } from '../kernel/article-hooks';

/** What a parser produces: an article ready for storeArticle (the text hash is added there). */
export type ParsedArticle = Omit<NewArticle, 'textHash'>;

/** One file to parse: its bytes and name travel to the worker; nothing is read from disk there. */
export interface ParseRequest {
  fileName: string;
  bytes: Uint8Array;
  password?: string;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest total uncompressed size accepted for zip-based formats (docx), in bytes. */
  maxUncompressedBytes: number;
  /** Most characters of text kept for one article (default MAX_TEXT_CHARS). */
  maxTextChars?: number;
  /** OCR languages ("fra+eng") for a scan in this import; the library's setting when absent. */
  ocrLanguages?: string;
}

/** The outcome of parsing, as data, so it can cross a worker boundary. */
export type ParseOutcome =
  /** `prepared`: the work a parse worker did for the article hooks (entity matches, search terms, family fingerprints). */
  | { ok: true; article: ParsedArticle; prepared?: PreparedArticleWork }
  | { ok: false; code: ParseErrorCode; message: string; format?: ArticleFormat };

export type ParseErrorCode =
  'UNSUPPORTED_FORMAT' | 'CORRUPT_FILE' | 'ENCRYPTED' | 'FILE_TOO_LARGE' | 'EMPTY' | 'TIMEOUT' | 'INTERNAL';

/** Settings for one import batch; every field has a sensible default. */
export interface ImportOptions {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes: number;
  /** Cap on the bytes a zip-based file (docx) really unpacks to (default 1 GB). */
  maxUncompressedBytes: number;
  /** Most characters of text kept for one article (default MAX_TEXT_CHARS, 2 million). */
  maxTextChars?: number;
  /** Time allowed to parse one file, in milliseconds (default 60 s). */
  timeoutMs: number;
  /** Parser threads (default: cores - 1, at least 1). */
  workers?: number;
  /** OCR languages ("fra+eng") for the scans of this batch; the library's setting when absent. */
  ocrLanguages?: string;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = {
  maxBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  timeoutMs: 60_000,
};
