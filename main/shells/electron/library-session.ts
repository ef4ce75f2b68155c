import { openCore, type Core } from '../../core';
import { logShell } from './log';

/** Work tied to one open core (forwarding its events); returns its own teardown. */
export type CoreAttachment = (core: Core) => () => void;

export interface OpenOptions {
  /** Fill a library that did not exist yet with the demo articles. */
  demoIfNew: boolean;
}

/**
 * The library the window is working on. Switching libraries opens the new one first, so a
 * library that fails to open leaves the current one in place; then everything attached to the
 * old core is detached and re-attached to the new one.
 */
export class LibrarySession {
  private core: Core | null = null;
  private readonly attachments: CoreAttachment[] = [];
  private detachers: (() => void)[] = [];

  /** `systemLocale`: the OS language (app.getLocale()), which the core hands the window with its settings. */
  constructor(private readonly systemLocale?: string) {}

  current(): Core | null {
    return this.core;
  }

  /** Runs `attach` on the open core now (if any) and on every core opened later. */
  attach(attachment: CoreAttachment): void {
    this.attachments.push(attachment);
    if (this.core !== null) this.detachers.push(attachment(this.core));
  }

  /**
   * Opens the library at `path` (creating it if missing) and makes it current. Throws the
   * core's DossierError (DB_NEWER_THAN_APP, DB_LOCKED, DB_CORRUPT, DB_NOT_A_LIBRARY...).
   */
  open(path: string, options: OpenOptions): Core {
    // An empty library is still a working library when the demo fails to load: it is logged.
    const next = openCore(path, { demoIfNew: options.demoIfNew, log: logShell, systemLocale: this.systemLocale });
    if (next.demoLoaded) logShell(`first start: loaded ${next.demoLoaded.articles} demo articles into ${path}`);
    this.closeCurrent();
    this.core = next;
    this.detachers = this.attachments.map((attachment) => attachment(next));
    return next;
  }

  /** Detaches everything and closes the library file. */
  closeCurrent(): void {
    for (const detach of this.detachers) detach();
    this.detachers = [];
    this.core?.close();
    this.core = null;
  }
}
