/**
 * The Dossier API contract: the one description of what the renderer, the CLI and the
 * transports (Electron IPC, loopback HTTP) may ask of the core.
 *
 * This file imports nothing, so every ring (renderer, preload, main, db) can depend on it.
 * Adding a method means: declare it here (and in API_METHODS), implement it in the core,
 * test it, then use it in the UI. The transports never change.
 */

/* ------------------------------------------------------------------ ids */

declare const brand: unique symbol;
/** A number that the type system keeps apart from other numbers. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
export type ArticleId = Brand<number, 'ArticleId'>;
export type TagId = Brand<number, 'TagId'>;
export type EntityId = Brand<number, 'EntityId'>;
export type NoteId = Brand<number, 'NoteId'>;
export type QuoteId = Brand<number, 'QuoteId'>;
export type SavedSearchId = Brand<number, 'SavedSearchId'>;

/* --------------------------------------------------------------- errors */

/** Stable error codes. Scripts and the UI branch on these; messages are for people. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'UNSUPPORTED_FORMAT',
  'FILE_TOO_LARGE',
  'CORRUPT_FILE',
  'ENCRYPTED',
  'EMPTY',
  'TIMEOUT',
  'CANCELLED',
  'DUPLICATE',
  'DB_NEWER_THAN_APP',
  'DB_LOCKED',
  'DB_CORRUPT',
  'DB_NOT_A_LIBRARY',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as it crosses a boundary: data, never a thrown object. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Every transport wraps every result in this shape. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/* --------------------------------------------------------------- domain */

export type ArticleFormat = 'html' | 'mhtml' | 'pdf' | 'docx' | 'eml' | 'txt' | 'md';
export type EntityType = 'person' | 'organisation' | 'place' | 'product' | 'law';

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

export interface TagSummary {
  id: TagId;
  name: string;
  color: string | null;
  articles: number;
}

export interface EntitySummary {
  id: EntityId;
  name: string;
  type: EntityType;
  aliases: string[];
  articles: number;
}

export interface SavedSearchSummary {
  id: SavedSearchId;
  name: string;
  query: string;
  newMatches: number;
}

export interface NoteSummary {
  id: NoteId;
  articleId: ArticleId | null;
  body: string;
  createdAt: string;
  updatedAt: string;
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

/* ---------------------------------------------------------------- import */

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

/** One line of the import report (and of `dossier import --json`). */
export interface ImportFileResult {
  file: string;
  status: ImportStatus;
  id?: ArticleId;
  duplicateOf?: ArticleId;
  title?: string;
  format?: ArticleFormat;
  error?: ApiError;
}

export interface ImportRequest {
  /** Absolute paths of files or folders (folders are walked recursively). */
  paths: string[];
  /** Password for encrypted PDFs (used on retry). */
  password?: string;
}

/** A file handed over by the renderer in browser mode, where it has no paths. */
export interface UploadedFile {
  name: string;
  /** Base64 of the file's bytes. */
  base64: string;
}

export interface ImportBatch {
  batchId: string;
  results: ImportFileResult[];
}

/* ---------------------------------------------------------------- search */

export interface SearchRequest {
  query: string;
  limit?: number;
  offset?: number;
  sort?: 'relevance' | 'date';
}

export interface SearchHit {
  id: ArticleId;
  title: string;
  score: number;
  /** HTML with matches wrapped in <mark>; everything else escaped. */
  snippet: string;
  publishedAt: string | null;
  siteName: string | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  tags: FacetCount[];
  entities: FacetCount[];
  sites: FacetCount[];
  languages: FacetCount[];
  years: FacetCount[];
}

export interface SearchResult {
  total: number;
  tookMs: number;
  hits: SearchHit[];
  facets: SearchFacets;
  /** A human note when the query was repaired (unbalanced quote, stray parenthesis). */
  warning?: string;
  /** Terms to highlight in the reader for this query, after stemming. */
  highlightTerms?: string[];
}

/* ---------------------------------------------------------------- events */

export interface ImportProgress {
  batchId: string;
  done: number;
  total: number;
  currentFile: string | null;
  bytesDone: number;
  bytesTotal: number;
  /** The result of the file that just finished, if any. */
  result?: ImportFileResult;
}

/** Events the core pushes to every window (IPC) or browser (server-sent events). */
export interface DossierEvents {
  'import:progress': ImportProgress;
  'library:changed': { reason: string };
}
export type DossierEventName = keyof DossierEvents;
export const EVENT_NAMES = ['import:progress', 'library:changed'] as const satisfies readonly DossierEventName[];

/* ------------------------------------------------------------------ API */

/**
 * The API as one method map: each method takes one argument object (or none) and resolves
 * to its value. Transports wrap results in ApiResult; callers on the renderer side see the
 * unwrapped value or a thrown DossierError.
 */
export interface DossierApi {
  /** Where the library is and what is in it. */
  getLibraryInfo(): Promise<LibraryInfo>;
  getStats(): Promise<LibraryStats>;

  listArticles(query: ListArticlesQuery): Promise<ArticlePage>;
  getArticle(args: { id: ArticleId }): Promise<ArticleForReader>;
  deleteArticle(args: { id: ArticleId }): Promise<void>;

  listTags(): Promise<TagSummary[]>;
  listEntities(args: { type?: EntityType }): Promise<EntitySummary[]>;
  listSavedSearches(): Promise<SavedSearchSummary[]>;
  listNotes(args: { articleId?: ArticleId }): Promise<NoteSummary[]>;

  /** Import files by path (desktop app, CLI). */
  importPaths(args: ImportRequest): Promise<ImportBatch>;
  /** Import files by content (browser mode, drag and drop without paths). */
  importUploads(args: { files: UploadedFile[]; password?: string }): Promise<ImportBatch>;
  cancelImport(args: { batchId: string }): Promise<void>;

  search(args: SearchRequest): Promise<SearchResult>;
}

export type ApiMethod = keyof DossierApi;

/** The method names, for routers that must reject anything else. */
export const API_METHODS = [
  'getLibraryInfo',
  'getStats',
  'listArticles',
  'getArticle',
  'deleteArticle',
  'listTags',
  'listEntities',
  'listSavedSearches',
  'listNotes',
  'importPaths',
  'importUploads',
  'cancelImport',
  'search',
] as const satisfies readonly ApiMethod[];

/** Compile-time check that API_METHODS lists every method of DossierApi. */
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
export const API_METHODS_COMPLETE: MissingMethods extends never ? true : MissingMethods = true;

export type ApiArgs<M extends ApiMethod> = Parameters<DossierApi[M]> extends [] ? undefined : Parameters<DossierApi[M]>[0];
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<DossierApi[M]>>;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/**
 * What the preload exposes as `window.dossier` (and the web bridge mimics): one generic
 * invoke plus an event subscription. The typed client in the renderer sits on top.
 */
export interface DossierBridge {
  invoke<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<ApiValue<M>>>;
  on<E extends DossierEventName>(event: E, listener: (payload: DossierEvents[E]) => void): () => void;
  /** 'desktop' inside Electron, 'browser' in browser mode. */
  readonly platform: 'desktop' | 'browser';
  /**
   * Desktop only: the file-system path of a dropped File (Electron's webUtils.getPathForFile),
   * so the main process imports it by path. Absent in browser mode, where files are uploaded.
   */
  pathForFile?(file: { name: string }): string;
}

/** Channel names used by the Electron shell. */
export const IPC_INVOKE_CHANNEL = 'dossier:invoke';
export const IPC_EVENT_CHANNEL = 'dossier:event';
