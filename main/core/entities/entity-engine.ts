import type { ArticleId, EntityId } from '../../../preload/api';
import {
  deleteOrphanSuggestions,
  entityExists,
  findEntityExact,
  insertEntity,
  listKnownNames,
  listMatchableAliases,
  listSuggestedIdsByName,
} from '../../../db/entities';
import { replaceMentionsOfArticle, type NewMention } from '../../../db/entities-mentions';
import {
  articleExists,
  bumpRegistryVersion,
  countArticlesAfter,
  listArticleTextsAfter,
  markScanComplete,
  readEntityScanState,
  writeScanCursor,
  type EntityScanState,
} from '../../../db/entities-scan';
import type { CoreContext } from '../kernel/context';
import { matchArticleText, type ArticleMatches, type MatchedArticle } from './match-article';
import { EntityMatcher, type MatchableAlias } from './matcher';
import type { EntityRegistrySnapshot, PrecomputedEntityMatches } from './prematch';
import { createRescanMatcher, type RescanMatcher } from './rescan-matcher';
import { foldForMatching } from './text-fold';
import { writeTransaction } from '../../../db/write-transaction';

interface MatcherState {
  version: number;
  /** Built on first use: a re-scan matches in its worker and never needs it on this thread. */
  matcher: EntityMatcher | undefined;
  /** Folded names and aliases of every entity, of every status. */
  known: Set<string>;
  /** Folded name → id of suggested entities. */
  suggested: Map<string, EntityId>;
  /** Every matchable alias of this version, read once, for the import's parse workers. */
  aliases: MatchableAlias[] | undefined;
}

/** Articles per batch (one message to the worker, one transaction here): the main thread is never held long. */
const RESCAN_BATCH = 100;

type VersionOutcome = 'complete' | 'restart' | 'closed';

interface BatchRequest {
  lastId: ArticleId;
  results: Promise<MatchedArticle[]>;
}

/**
 * Finds entities in articles: on import (inside the article's transaction, on this thread) and
 * library-wide after a registry change, where a worker thread matches batches of articles while
 * this thread writes the previous batch's results; resumable across restarts.
 */
export class EntityEngine {
  private state: MatcherState | undefined;
  private running: Promise<void> | undefined;
  private rescanRequested = false;
  private lastRescanMode: RescanMatcher['mode'] | undefined;

  constructor(private readonly ctx: CoreContext) {}

  /** Where the last library re-scan matched: in a worker thread, or in-process (unit tests). */
  get rescanMode(): RescanMatcher['mode'] | undefined {
    return this.lastRescanMode;
  }

  /**
   * Scans one article's text and replaces its mentions. The caller owns the transaction. Matches
   * a parse worker computed are used when they were made with the current registry version (the
   * worker ran the same matcher on the same text); otherwise the text is matched here.
   */
  scanArticle(id: ArticleId, text: string, language: string | null, precomputed?: PrecomputedEntityMatches): void {
    const state = this.currentState();
    if (precomputed?.registryVersion === state.version) {
      this.storeMatches(state, id, precomputed.matches);
      return;
    }
    state.matcher ??= new EntityMatcher(this.aliasesOf(state));
    this.storeMatches(state, id, matchArticleText(state.matcher, text, language));
  }

  /** The current registry for the import's parse workers, so they match articles off this thread. */
  registrySnapshot(): EntityRegistrySnapshot {
    const state = this.currentState();
    return { version: state.version, aliases: this.aliasesOf(state) };
  }

  private aliasesOf(state: MatcherState): MatchableAlias[] {
    state.aliases ??= listMatchableAliases(this.ctx.db);
    return state.aliases;
  }

  /** Records that the registry changed (call inside the change's transaction), then `scheduleRescan`. */
  markRegistryChanged(): void {
    bumpRegistryVersion(this.ctx.db);
    this.state = undefined;
  }

  /** Forgets the cached matcher (after suggestions were removed). */
  invalidate(): void {
    this.state = undefined;
  }

  /** Starts (or continues) the library-wide re-scan if the registry changed since the last one. */
  scheduleRescan(): Promise<void> {
    this.rescanRequested = true;
    this.running ??= this.runRescans();
    return this.running;
  }

  /**
   * Starts a re-scan without waiting for it. A failed re-scan is logged rather than left as an
   * unhandled rejection (which would end the process); the next registry change asks again.
   */
  requestRescan(): void {
    this.scheduleRescan().catch((err: unknown) => console.error('[dossier] the entity re-scan failed', err));
  }

  /** Resolves when no re-scan is running. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  private currentState(): MatcherState {
    const version = readEntityScanState(this.ctx.db).registryVersion;
    if (this.state?.version === version) return this.state;
    const { db } = this.ctx;
    const known = new Set(listKnownNames(db).map((n) => foldForMatching(n.trim())));
    const suggested = new Map<string, EntityId>();
    for (const [name, id] of listSuggestedIdsByName(db)) suggested.set(foldForMatching(name), id);
    this.state = { version, matcher: undefined, known, suggested, aliases: undefined };
    return this.state;
  }

  /** Writes one article's matches: registry mentions as they are, candidates as (new or known) suggestions. */
  private storeMatches(state: MatcherState, id: ArticleId, found: ArticleMatches): void {
    const { db } = this.ctx;
    const mentions: NewMention[] = [...found.mentions];
    for (const c of found.candidates) {
      const key = foldForMatching(c.name);
      let entityId = state.suggested.get(key);
      // A suggestion created inside an import that was later rolled back is gone: check it still exists.
      if (entityId !== undefined && !entityExists(db, entityId)) entityId = undefined;
      if (entityId === undefined) {
        if (state.known.has(key)) continue;
        entityId =
          findEntityExact(db, c.name, c.type) ??
          insertEntity(db, { name: c.name, type: c.type, description: '', status: 'suggested' }, this.ctx.now());
        state.suggested.set(key, entityId);
      }
      mentions.push({ entityId, start: c.start, end: c.end, alias: c.name });
    }
    replaceMentionsOfArticle(db, id, mentions);
  }

  /**
   * Re-scans until no request is left. A scan that already passed its last check may miss a
   * change made just before it ends; the request flag makes it look once more. `running` is
   * cleared in the same step as the last check, so no request falls between the two.
   */
  private async runRescans(): Promise<void> {
    try {
      while (this.rescanRequested) {
        this.rescanRequested = false;
        await this.rescanLibrary();
      }
    } finally {
      this.running = undefined;
    }
  }

  private async rescanLibrary(): Promise<void> {
    const { db, events } = this.ctx;
    let matcher: RescanMatcher | undefined;
    try {
      for (;;) {
        if (!db.open) return;
        const start = readEntityScanState(db);
        if (start.scannedVersion === start.registryVersion) return;
        matcher ??= createRescanMatcher();
        this.lastRescanMode = matcher.mode;
        let outcome: VersionOutcome;
        try {
          outcome = await this.rescanVersion(matcher, start);
        } catch (err) {
          if (matcher.mode === 'in-process') throw err;
          // The worker died (out of memory, a bug): finish on this thread, from the cursor the written batches left.
          await matcher.close();
          matcher = createRescanMatcher(null);
          continue;
        }
        if (outcome === 'closed') return;
        if (outcome === 'restart') continue;
        writeTransaction(db, () => {
          if (deleteOrphanSuggestions(db) > 0) this.state = undefined;
          markScanComplete(db, start.registryVersion);
        });
        events.emit('library:changed', { reason: 'entities-rescanned' });
        return;
      }
    } finally {
      await matcher?.close();
    }
  }

  /**
   * Re-scans every article after the cursor with one registry version. Batches are sent for
   * matching ahead of the one being written (two per matcher thread), so matching and writing
   * overlap. Stops with 'restart' as soon as the registry changes again, dropping whatever was
   * matched with the old one.
   */
  private async rescanVersion(matcher: RescanMatcher, start: EntityScanState): Promise<VersionOutcome> {
    const { db, events } = this.ctx;
    const version = start.registryVersion;
    matcher.load(listMatchableAliases(db));
    const total = countArticlesAfter(db, 0);
    let done = total - countArticlesAfter(db, start.cursor);
    events.emit('entities:progress', { done, total });
    const inFlight: BatchRequest[] = [];
    let readUpTo = start.cursor;
    const sendMore = (): void => {
      while (inFlight.length < matcher.parallelism * 2) {
        const batch = this.requestBatch(matcher, readUpTo);
        if (!batch) return;
        inFlight.push(batch);
        readUpTo = batch.lastId;
      }
    };
    sendMore();
    for (let batch = inFlight.shift(); batch; batch = inFlight.shift()) {
      // A worker's replies can be delivered back to back in one turn of the event loop; yielding
      // here guarantees timers, IPC and imports their turn between any two batches written.
      await yieldToEventLoop();
      const results = await batch.results;
      if (!db.open) return 'closed';
      if (readEntityScanState(db).registryVersion !== version) return 'restart';
      sendMore();
      const state = this.currentState();
      const lastId = batch.lastId;
      writeTransaction(db, () => {
        // Articles deleted while their batch was being matched are skipped.
        for (const r of results) if (articleExists(db, r.id)) this.storeMatches(state, r.id, r);
        writeScanCursor(db, lastId);
      });
      done += results.length;
      events.emit('entities:progress', { done: Math.min(done, total), total });
    }
    return 'complete';
  }

  /** Reads the next batch of texts after `afterId` and hands it to the matcher, or undefined at the end. */
  private requestBatch(matcher: RescanMatcher, afterId: number): BatchRequest | undefined {
    const articles = listArticleTextsAfter(this.ctx.db, afterId, RESCAN_BATCH);
    if (articles.length === 0) return undefined;
    const results = matcher.match(articles);
    // A batch abandoned by a restart may still fail later (the worker closing): that is not an error.
    results.catch(() => undefined);
    return { lastId: articles[articles.length - 1]!.id, results };
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
