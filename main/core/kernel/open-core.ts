import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DossierApi } from '../../../preload/api';
import { openLibrary, type Db } from '../../../db/open';
import { loadDemoLibrary, type DemoLoadResult } from '../demo/load-demo';
import { assembleCore } from './assemble-core';
import { startLibraryCheckpoints } from './library-checkpoints';
import { createContext, type CoreEvents } from './context';
import type { Logger } from './dispatch';
import type { HostApi } from './host-api';

/** The side of the core's event bus a shell sees: it listens, only the core emits. */
export type CoreEventSource = Pick<CoreEvents, 'on'>;

/** An open library, as every shell sees it. */
export interface Core {
  /** The API every transport serves (IPC, HTTP, CLI): the one a web page may reach. */
  api: DossierApi;
  /** Privileged operations only a shell may call (paths, the demo, the PDF engine). */
  host: HostApi;
  /** What the core tells its shells (progress, changes); each forwards them to its windows. */
  events: CoreEventSource;
  /** Absolute path of the library file, or ':memory:'. */
  libraryPath: string;
  /** What `demoIfNew` loaded into a library this call created; null otherwise (or when it failed, logged). */
  demoLoaded: DemoLoadResult | null;
  close(): void;
}

export interface OpenCoreOptions {
  /** The clock, so tests can fix time. Returns ISO 8601. */
  now?: () => string;
  /** Where unexpected errors go, with their stack. */
  log?: Logger;
  /**
   * A library this call creates gets the demo articles (the desktop app's first start, `dossier
   * serve`). A demo that fails to load leaves a working empty library, and the failure is logged.
   */
  demoIfNew?: boolean;
  /** The operating system's language (the desktop shell passes Electron's app.getLocale()). */
  systemLocale?: string;
}

/** Opens a library and builds the core on it: the one entry point for every shell. */
export function openCore(libraryPath: string, options: OpenCoreOptions = {}): Core {
  const path = libraryPath === ':memory:' ? libraryPath : resolve(libraryPath);
  const isNew = path === ':memory:' || !existsSync(path) || statSync(path).size === 0;
  const db: Db = openLibrary(path);
  const checkpoints = startLibraryCheckpoints(db, path);
  const ctx = createContext(db, path, options.now ? { now: options.now } : {});
  let assembled;
  try {
    assembled = assembleCore(ctx, options.log, { systemLocale: options.systemLocale ?? null });
  } catch (err) {
    checkpoints?.stop();
    db.close();
    throw err;
  }
  let demoLoaded: DemoLoadResult | null = null;
  if (isNew && options.demoIfNew === true) {
    try {
      demoLoaded = loadDemoLibrary(ctx);
    } catch (err) {
      (options.log ?? console.error)('could not load the demo library', err);
    }
  }
  return {
    api: assembled.api,
    host: assembled.host,
    events: ctx.events,
    libraryPath: path,
    demoLoaded,
    close() {
      // Pages in flight are dropped (they stay pending in the library, read again next time).
      assembled.parts.ocr.stop().catch(() => undefined);
      // Parser threads are stopped without waiting: they hold nothing that must be saved.
      assembled.close().catch(() => undefined);
      // Its connection is closed before the library's (a restore then finds the file free).
      checkpoints?.stop();
      if (db.open) db.close();
    },
  };
}
