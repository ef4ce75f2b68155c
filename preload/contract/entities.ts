/** Entities: the registry (confirmed), the finder's suggestions, and watch lists. */

import type { ArticleId, EntityId, WatchlistId } from './ids';
import { listKeys } from './key-list';

/** The entity types, in the order the app shows them. The one list: every other is derived from it. */
export const ENTITY_TYPES = ['person', 'organisation', 'place', 'product', 'law'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type EntityStatus = 'confirmed' | 'suggested' | 'ignored';

export interface EntitySummary {
  id: EntityId;
  name: string;
  type: EntityType;
  aliases: string[];
  articles: number;
}

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
  /** For a person known by e-mail addresses (aliases): the mails they sent and received, newest first. */
  mail?: EntityMail;
}

/** One stored e-mail on an entity's page. */
export interface EntityMailMessage {
  id: ArticleId;
  title: string;
  sentAt: string | null;
  /** The sender's address (for a received mail) or the first recipient's (for a sent one). */
  counterpart: string | null;
}

/** The mails whose sender or recipients are among an entity's address aliases. */
export interface EntityMail {
  sent: EntityMailMessage[];
  sentTotal: number;
  received: EntityMailMessage[];
  receivedTotal: number;
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

export interface EntitiesApi {
  listEntities(args: { type?: EntityType }): Promise<EntitySummary[]>;
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
}

export const ENTITIES_METHODS = listKeys<EntitiesApi>({
  listEntities: true,
  getEntity: true,
  createEntity: true,
  updateEntity: true,
  mergeEntities: true,
  splitAlias: true,
  deleteEntity: true,
  getArticleMentions: true,
  listSuggestions: true,
  confirmSuggestion: true,
  ignoreSuggestion: true,
  listWatchlists: true,
  saveWatchlist: true,
  deleteWatchlist: true,
  markWatchlistSeen: true,
});
