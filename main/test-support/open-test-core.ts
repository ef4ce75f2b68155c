import { resolve } from 'node:path';
import { openLibrary } from '../../db/open';
import { assembleCore, type AssembledCore } from '../core/kernel/assemble-core';
import { ArticleHooks } from '../core/kernel/article-hooks';
import { createContext, type CoreContext } from '../core/kernel/context';
import { startLibraryCheckpoints } from '../core/kernel/library-checkpoints';
import type { Core } from '../core/kernel/open-core';

/** An open core with what only tests and benchmarks may see: its context and its parts. */
export interface TestCore extends Core {
  /** The raw database: tests read what the API does not show. */
  db: CoreContext['db'];
  context: CoreContext;
  parts: AssembledCore['parts'];
  /** Faults a test can inject after every capability's hook has run (to prove rollbacks). */
  faults: FaultInjectingHooks;
}

/** The kernel's article hooks, with one more failure point at the end, for tests only. */
export class FaultInjectingHooks extends ArticleHooks {
  afterStored: (() => void) | null = null;
  beforeDeleted: (() => void) | null = null;

  override runStored(...args: Parameters<ArticleHooks['runStored']>): void {
    super.runStored(...args);
    this.afterStored?.();
  }

  override runDeleting(...args: Parameters<ArticleHooks['runDeleting']>): void {
    super.runDeleting(...args);
    this.beforeDeleted?.();
  }
}

/**
 * Opens a library the way openCore does, keeping the context (the raw database, the clock) and
 * the capabilities' parts (search index, entity engine) for tests and benchmarks to inspect.
 * Shipped code never imports this: shells get only `openCore`'s `{ api, host, events }`.
 */
export function openTestCore(libraryPath: string, options: { now?: () => string } = {}): TestCore {
  const path = libraryPath === ':memory:' ? libraryPath : resolve(libraryPath);
  const db = openLibrary(path);
  const checkpoints = startLibraryCheckpoints(db, path);
  const ctx = createContext(db, path, options.now ? { now: options.now } : {});
  const faults = new FaultInjectingHooks();
  ctx.articleHooks = faults;
  const { api, host, parts, close } = assembleCore(ctx);
  return {
    api,
    host,
    parts,
    db,
    context: ctx,
    faults,
    events: ctx.events,
    libraryPath: path,
    demoLoaded: null,
    close() {
      parts.ocr.stop().catch(() => undefined);
      close().catch(() => undefined);
      // Its connection is closed before the library's (a restore then finds the file free).
      checkpoints?.stop();
      if (db.open) db.close();
    },
  };
}
