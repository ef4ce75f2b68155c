import { EventEmitter } from 'node:events';
import type { DossierEventName, DossierEvents } from '../../../preload/api';
import { ArticleHooks } from './article-hooks';
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
  /** What capabilities do when an article is stored or deleted, installed by the kernel. */
  articleHooks: ArticleHooks;
}

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
    articleHooks: new ArticleHooks(),
  };
}

/** Kept in step with package.json by a unit test. */
export const APP_VERSION = '0.1.0';
