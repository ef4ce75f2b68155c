import { EventEmitter } from 'node:events';
import type { ArticleId, DossierEventName, DossierEvents } from '../../../preload/api';
import type { NewArticle } from '../../../db/articles';
import type { Db } from '../../../db/open';

/** A typed event bus: the core emits, each transport forwards to its windows or browsers. */
export class CoreEvents {
  private readonly emitter = new EventEmitter();

  emit<E extends DossierEventName>(event: E, payload: DossierEvents[E]): void {
    this.emitter.emit(event, payload);
  }

  on<E extends DossierEventName>(event: E, listener: (payload: DossierEvents[E]) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }
}

/** Everything a capability needs to do its work; built once per open library. */
export interface CoreContext {
  db: Db;
  /** Absolute path of the library file, or ':memory:' in tests. */
  libraryPath: string;
  events: CoreEvents;
  /** The clock, so tests can fix time. Returns ISO 8601. */
  now(): string;
  appVersion: string;
  /**
   * Work that must happen in the same transaction as storing an article (search indexing,
   * entity matching). Capabilities add theirs when their handlers are created; a hook that
   * throws rolls the whole article back.
   */
  afterArticleStored: ArticleStoredHook[];
  /**
   * Work that must happen in the same transaction as deleting an article, while its row still
   * exists (search takes the article's terms back out of its vocabulary).
   */
  beforeArticleDeleted: ArticleDeletedHook[];
}

export type ArticleStoredHook = (id: ArticleId, article: NewArticle) => void;
export type ArticleDeletedHook = (id: ArticleId) => void;

export function createContext(
  db: Db,
  libraryPath: string,
  options: Partial<Pick<CoreContext, 'now' | 'appVersion'>> = {},
): CoreContext {
  return {
    db,
    libraryPath,
    events: new CoreEvents(),
    now: options.now ?? (() => new Date().toISOString()),
    appVersion: options.appVersion ?? APP_VERSION,
    afterArticleStored: [],
    beforeArticleDeleted: [],
  };
}

/** Kept in step with package.json by a unit test. */
export const APP_VERSION = '0.1.0';
