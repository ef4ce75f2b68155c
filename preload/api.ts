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
  /** Title of the note's article, null for a free-standing note. */
  articleTitle: string | null;
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

/** A backup the app wrote next to the library (`<library folder>/backups/`). */
export interface LibraryBackup {
  /** Absolute path of the backup file. */
  path: string;
  articles: number;
  bytes: number;
}

/* ------------------------------------------------------ research layer */

/** A tag that was deleted, with what is needed to put it back (the Undo of a delete). */
export interface DeletedTag {
  name: string;
  color: string | null;
  articleIds: ArticleId[];
}

/** The tags of one article after a tagging change (the JSON shape of `dossier tag`). */
export interface ArticleTags {
  id: ArticleId;
  tags: string[];
}

export type QuoteStatus = 'to_verify' | 'verified' | 'do_not_use';
export const QUOTE_STATUSES = ['to_verify', 'verified', 'do_not_use'] as const satisfies readonly QuoteStatus[];
/** 'orphaned' when the exact passage can no longer be found in the article's text. */
export type AnchorStatus = 'ok' | 'orphaned';

/** Where a quote comes from, frozen when the quote is taken. */
export interface Citation {
  outlet: string | null;
  author: string | null;
  headline: string;
  publishedAt: string | null;
  url: string | null;
  importedAt: string;
  sha256: string;
  fileName: string;
}

/** An exact passage of an article with its anchor (W3C text-quote selector spirit) and citation. */
export interface Quote {
  id: QuoteId;
  articleId: ArticleId;
  exact: string;
  /** Up to 32 characters of the article text just before the passage. */
  prefix: string;
  /** Up to 32 characters just after it. */
  suffix: string;
  /** Offsets in the article's plain `text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  status: QuoteStatus;
  anchorStatus: AnchorStatus;
  citation: Citation;
  /** Ready-made citations: plain text, and a Markdown quote with its footnote. */
  formatted: { plain: string; markdown: string };
  createdAt: string;
  updatedAt: string;
}

/** What createQuote answers: the quote, and whether this call stored it or found it already there. */
export interface CreatedQuote extends Quote {
  /** True when the article already had a quote of this very passage (same place, same text): nothing was added. */
  alreadyQuoted: boolean;
}

export interface ListQuotesQuery {
  articleId?: ArticleId;
  /** Quotes from articles carrying this tag. */
  tag?: string;
  /** Quotes whose passage mentions this entity (by name). */
  entity?: string;
  status?: QuoteStatus;
}

/* -------------------------------------------------------------- entities */

export type EntityStatus = 'confirmed' | 'suggested' | 'ignored';
export const ENTITY_TYPES = [
  'person',
  'organisation',
  'place',
  'product',
  'law',
] as const satisfies readonly EntityType[];

/** One name an entity goes by. `caseSensitive` aliases ("US", "Hopper") match only in exact case. */
export interface EntityAlias {
  alias: string;
  /** BCP 47 language of the alias ("en", "fr", "zh"), or null when it is the same in every language. */
  language: string | null;
  caseSensitive: boolean;
}

/** An entity with everything the registry knows about it. */
export interface EntityDetail {
  id: EntityId;
  name: string;
  type: EntityType;
  description: string;
  status: EntityStatus;
  aliases: EntityAlias[];
  /** Articles that mention it. */
  articles: number;
}

/** Fields to create or change an entity; omitted fields stay as they are. */
export interface EntityInput {
  name?: string;
  type?: EntityType;
  description?: string;
  /** Replaces the whole alias list when given. A bare string gets the default case rule (exact case for short acronyms). */
  aliases?: (string | { alias: string; language?: string | null; caseSensitive?: boolean })[];
}

/** One article on an entity page, with the sentences around its first mentions. */
export interface EntityArticle {
  id: ArticleId;
  title: string;
  publishedAt: string | null;
  siteName: string | null;
  mentions: number;
  /** Sentences around mentions; `start`/`end` locate the mention inside `text`. */
  contexts: { text: string; start: number; end: number }[];
}

export interface CooccurringEntity {
  id: EntityId;
  name: string;
  type: EntityType;
  /** Articles mentioning both entities. */
  articles: number;
}

/** Everything the entity page shows. */
export interface EntityPage {
  entity: EntityDetail;
  articles: EntityArticle[];
  totalArticles: number;
  cooccurring: CooccurringEntity[];
  /** Mentions per month of publication ("YYYY-MM"), oldest first; undated articles are left out. */
  timeline: { month: string; mentions: number }[];
  undatedMentions: number;
}

/** One mention in an article's plain text, for highlighting (offsets in UTF-16 code units, end exclusive). */
export interface ArticleMention {
  entityId: EntityId;
  name: string;
  type: EntityType;
  start: number;
  end: number;
}

/** A name the finder saw that is not in the registry. */
export interface EntitySuggestion {
  id: EntityId;
  name: string;
  /** The finder's guess, to be confirmed by the reporter. */
  type: EntityType;
  mentions: number;
  articles: number;
}

export type WatchlistId = Brand<number, 'WatchlistId'>;

/** A named set of entities and queries; new articles that match get the list's tag. */
export interface WatchlistSummary {
  id: WatchlistId;
  name: string;
  tag: string | null;
  entities: { id: EntityId; name: string }[];
  /** Words or "quoted phrases"; an article matches a query when it contains every term. */
  queries: string[];
  matches: number;
  /** Matching articles imported since the list was last opened. */
  newSinceLastSeen: number;
}

export interface WatchlistInput {
  name: string;
  entityIds: EntityId[];
  queries: string[];
  /** Tag given to matching articles; defaults to "watch/<name>". */
  tag?: string;
}

/** Progress of a library-wide entity re-scan after a registry change. */
export interface EntityScanProgress {
  done: number;
  total: number;
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
  /**
   * Set when the article was found through one of the reporter's notes on it and its own text
   * does not show the match: the snippet is then cut from this note, not from the article.
   */
  snippetNoteId?: NoteId;
}

/** A note the query matched: a note on an article, or a free-standing story note. */
export interface NoteHit {
  noteId: NoteId;
  /** The article the note is on; null for a free-standing note. */
  articleId: ArticleId | null;
  articleTitle: string | null;
  /** HTML cut from the note's own Markdown text only, matches wrapped in <mark>, everything else escaped. */
  snippet: string;
  updatedAt: string;
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
  /**
   * Terms to highlight in the reader for this query: lower-case, accent-folded. They include the
   * stems and the actual words that matched in the top hits ("restricted", "restrictions"), so
   * the reader highlights a word whose folded form equals one of them (or, for entries that end
   * a prefix query, starts with one).
   */
  highlightTerms?: string[];
  /** Set when the entities facet counted only this many best-ranked hits (very large result sets). */
  entityFacetSample?: number;
  /**
   * The reporter's notes that match the text of the query (best first, at most 20), on the first
   * page only (offset 0). Notes on articles are listed when their article passes the query's
   * filters; free notes when the query has no filter.
   */
  noteHits?: NoteHit[];
}

/* ---------------------------------------------------------------- briefs */

export type BriefId = Brand<number, 'BriefId'>;

/** The sections a brief can have; a definition lists the ones it wants, in its order. */
export const BRIEF_SECTIONS = ['title', 'summary', 'quotes', 'digest', 'entities', 'timeline', 'sources'] as const;
export type BriefSection = (typeof BRIEF_SECTIONS)[number];

/** Which articles a brief covers: a tag, a search query (the app's query language), or a selection. */
export type BriefScope =
  { kind: 'tag'; tag: string } | { kind: 'query'; query: string } | { kind: 'ids'; ids: ArticleId[] };

export type BriefFormat = 'pdf' | 'md' | 'html';

/** Everything needed to build (and re-build) a brief. */
export interface BriefDefinition {
  title: string;
  author?: string;
  scope: BriefScope;
  /** Sections to include, in the order they appear. */
  sections: BriefSection[];
  /** The note shown as the summary section. */
  summaryNoteId?: NoteId;
  pageSize?: 'A4' | 'Letter';
  /** Only articles imported after this ISO 8601 time ("the same brief, with what came in since"). */
  importedAfter?: string;
}

/** The brief as one self-contained HTML document (all user text escaped, no scripts, nothing remote). */
export interface BriefPreview {
  html: string;
  articles: number;
  quotes: number;
}

/** A rendered brief as a file: bytes in base64 (the renderer offers it as a download). */
export interface BriefFile {
  fileName: string;
  mimeType: string;
  format: BriefFormat;
  base64: string;
  articles: number;
  /** PDF only. */
  pages?: number;
}

export interface SavedBrief {
  id: BriefId;
  name: string;
  definition: BriefDefinition;
  createdAt: string;
  updatedAt: string;
  /** When it was last exported, or null. */
  lastRunAt: string | null;
  /** Articles in its scope imported since the last export. */
  newArticles: number;
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
  'entities:progress': EntityScanProgress;
  /**
   * Desktop only: a File menu command. 'export': open the brief/export view. 'import': an
   * import chosen in the menu has started (show the import report; progress follows as
   * import:progress). 'open-library' / 'backup' / 'restore': the shell is about to switch, copy
   * or replace the library with its own dialogs (save any draft now; the window reloads after a
   * switch or a restore).
   */
  'app:command': { command: 'import' | 'export' | 'open-library' | 'backup' | 'restore' };
}
export type DossierEventName = keyof DossierEvents;
export const EVENT_NAMES = [
  'import:progress',
  'library:changed',
  'entities:progress',
  'app:command',
] as const satisfies readonly DossierEventName[];

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
  /**
   * Writes a consistent copy of the library to `<library folder>/backups/<name>-<time>.sqlite`.
   * The place is fixed by the core, never chosen by the caller: a page must not pick where files
   * are written. (The desktop menu's Back Up Library… asks for a place with a save dialog.)
   */
  backupLibrary(): Promise<LibraryBackup>;

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
  /** Saved searches: the sidebar's queries with a count of new matches since last opened. */
  saveSearch(args: { name: string; query: string }): Promise<SavedSearchSummary>;
  deleteSavedSearch(args: { id: SavedSearchId }): Promise<void>;
  /** Marks every current match as seen (newMatches becomes 0) and returns the saved search. */
  openSavedSearch(args: { id: SavedSearchId }): Promise<SavedSearchSummary>;

  /** Entities: the registry (confirmed), the finder's suggestions, and watch lists. */
  getEntity(args: { id: EntityId; limit?: number }): Promise<EntityPage>;
  createEntity(args: EntityInput & { name: string; type: EntityType }): Promise<EntityDetail>;
  updateEntity(args: EntityInput & { id: EntityId }): Promise<EntityDetail>;
  /** Moves the source's aliases and mentions to the target, then deletes the source. */
  mergeEntities(args: { sourceId: EntityId; targetId: EntityId }): Promise<EntityDetail>;
  /** Turns one alias into an entity of its own. */
  splitAlias(args: { id: EntityId; alias: string; type?: EntityType }): Promise<EntityDetail>;
  deleteEntity(args: { id: EntityId }): Promise<void>;
  getArticleMentions(args: { id: ArticleId }): Promise<ArticleMention[]>;
  listSuggestions(args: { limit?: number }): Promise<EntitySuggestion[]>;
  confirmSuggestion(args: { id: EntityId; type: EntityType }): Promise<EntityDetail>;
  ignoreSuggestion(args: { id: EntityId }): Promise<void>;
  listWatchlists(): Promise<WatchlistSummary[]>;
  saveWatchlist(args: WatchlistInput & { id?: WatchlistId }): Promise<WatchlistSummary>;
  deleteWatchlist(args: { id: WatchlistId }): Promise<void>;
  /** Resets the list's "new since you last looked" count. */
  markWatchlistSeen(args: { id: WatchlistId }): Promise<WatchlistSummary>;

  /** Tags: names are trimmed, nested with "/" (e.g. "story/bytedance"), compared case-insensitively. */
  createTag(args: { name: string; color?: string | null }): Promise<TagSummary>;
  /** Renames a tag and the tags nested under it. */
  renameTag(args: { id: TagId; name: string }): Promise<TagSummary>;
  recolourTag(args: { id: TagId; color: string | null }): Promise<TagSummary>;
  /** Moves every article of the source tags to the target tag, then deletes the sources. */
  mergeTags(args: { sourceIds: TagId[]; targetId: TagId }): Promise<TagSummary>;
  /** Deletes a tag; the result is what restoreTag needs to undo it. */
  deleteTag(args: { id: TagId }): Promise<DeletedTag>;
  restoreTag(args: DeletedTag): Promise<TagSummary>;
  /** Adds tags (created when new) to every listed article. */
  tagArticles(args: { ids: ArticleId[]; tags: string[] }): Promise<ArticleTags[]>;
  untagArticles(args: { ids: ArticleId[]; tags: string[] }): Promise<ArticleTags[]>;

  /** Notes: Markdown, on an article or free-standing (articleId null or absent). */
  createNote(args: { articleId?: ArticleId | null; body: string }): Promise<NoteSummary>;
  updateNote(args: { id: NoteId; body: string }): Promise<NoteSummary>;
  deleteNote(args: { id: NoteId }): Promise<void>;

  /**
   * Quotes: `exact` is the selected passage (whitespace may differ from the stored text);
   * `start`/`end` are optional offsets in the article's plain text that pick among repeats.
   * Quoting a passage that already has a quote (the same place in the same article) adds nothing and
   * answers the existing quote with `alreadyQuoted: true`.
   * Fails with NOT_FOUND when the passage is not in the article.
   */
  createQuote(args: { articleId: ArticleId; exact: string; start?: number; end?: number }): Promise<CreatedQuote>;
  listQuotes(args: ListQuotesQuery): Promise<Quote[]>;
  updateQuoteStatus(args: { id: QuoteId; status: QuoteStatus }): Promise<Quote>;
  deleteQuote(args: { id: QuoteId }): Promise<void>;
  /** Re-finds every quote of an article in its current text: new offsets, or flagged orphaned. */
  resolveQuoteAnchors(args: { articleId: ArticleId }): Promise<Quote[]>;

  /** Briefs: the live preview (HTML), an export as a file, and saved definitions to re-run. */
  previewBrief(args: { definition: BriefDefinition }): Promise<BriefPreview>;
  /** With `savedBriefId`, also records the export as that saved brief's last run. */
  exportBrief(args: { definition: BriefDefinition; format: BriefFormat; savedBriefId?: BriefId }): Promise<BriefFile>;
  saveBrief(args: { id?: BriefId; name: string; definition: BriefDefinition }): Promise<SavedBrief>;
  listBriefs(): Promise<SavedBrief[]>;
  deleteBrief(args: { id: BriefId }): Promise<void>;
}

export type ApiMethod = keyof DossierApi;

/** The method names, for routers that must reject anything else. */
export const API_METHODS = [
  'getLibraryInfo',
  'getStats',
  'backupLibrary',
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
  'saveSearch',
  'deleteSavedSearch',
  'openSavedSearch',
  'getEntity',
  'createEntity',
  'updateEntity',
  'mergeEntities',
  'splitAlias',
  'deleteEntity',
  'getArticleMentions',
  'listSuggestions',
  'confirmSuggestion',
  'ignoreSuggestion',
  'listWatchlists',
  'saveWatchlist',
  'deleteWatchlist',
  'markWatchlistSeen',
  'createTag',
  'renameTag',
  'recolourTag',
  'mergeTags',
  'deleteTag',
  'restoreTag',
  'tagArticles',
  'untagArticles',
  'createNote',
  'updateNote',
  'deleteNote',
  'createQuote',
  'listQuotes',
  'updateQuoteStatus',
  'deleteQuote',
  'resolveQuoteAnchors',
  'previewBrief',
  'exportBrief',
  'saveBrief',
  'listBriefs',
  'deleteBrief',
] as const satisfies readonly ApiMethod[];

/** Compile-time check that API_METHODS lists every method of DossierApi. */
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
export const API_METHODS_COMPLETE: MissingMethods extends never ? true : MissingMethods = true;

export type ApiArgs<M extends ApiMethod> =
  Parameters<DossierApi[M]> extends [] ? undefined : Parameters<DossierApi[M]>[0];
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
