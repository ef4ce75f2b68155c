import type { ArticleId, EntityId } from '../../preload/api';
import {
  deleteOrphanSuggestions,
  entityExists,
  findEntityExact,
  insertEntity,
  listKnownNames,
  listMatchableAliases,
  listSuggestedIdsByName,
} from '../../db/entities';
import { replaceMentionsOfArticle, type NewMention } from '../../db/entities-mentions';
import {
  bumpRegistryVersion,
  countArticlesAfter,
  listArticleTextsAfter,
  markScanComplete,
  readEntityScanState,
  writeScanCursor,
} from '../../db/entities-scan';
import type { CoreContext } from '../core/context';
import { EntityMatcher } from './matcher';
import { findCandidates } from './suggestion-finder';
import { foldForMatching } from './text-fold';

interface MatcherState {
  version: number;
  matcher: EntityMatcher;
  /** Folded names and aliases of every entity, of every status. */
  known: Set<string>;
  /** Folded name → id of suggested entities. */
  suggested: Map<string, EntityId>;
}

/** Articles per transaction during a re-scan: small enough that the event loop never waits long. */
const RESCAN_BATCH = 100;

/**
 * Finds entities in articles: on import (inside the article's transaction) and library-wide
 * after a registry change, in batches that yield to the event loop, resumable across restarts.
 */
export class EntityEngine {
  private state: MatcherState | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly ctx: CoreContext) {}

  /** Scans one article's text and replaces its mentions. The caller owns the transaction. */
  scanArticle(id: ArticleId, text: string): void {
    const { db } = this.ctx;
    const state = this.currentState();
    const found = state.matcher.findMentions(text);
    const covered = new Uint8Array(text.length);
    for (const m of found) covered.fill(1, m.start, m.end);
    const mentions: NewMention[] = [...found];
    for (const c of findCandidates(text, (s, e) => covered.subarray(s, e).includes(1))) {
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
    this.running ??= this.rescanLibrary().finally(() => {
      this.running = undefined;
    });
    return this.running;
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
    this.state = { version, matcher: new EntityMatcher(listMatchableAliases(db)), known, suggested };
    return this.state;
  }

  private async rescanLibrary(): Promise<void> {
    const { db, events } = this.ctx;
    for (;;) {
      if (!db.open) return;
      const start = readEntityScanState(db);
      if (start.scannedVersion === start.registryVersion) return;
      const total = countArticlesAfter(db, 0);
      let done = total - countArticlesAfter(db, start.cursor);
      let cursor = start.cursor;
      let restarted = false;
      events.emit('entities:progress', { done, total });
      for (;;) {
        await yieldToEventLoop();
        if (!db.open) return;
        if (readEntityScanState(db).registryVersion !== start.registryVersion) {
          restarted = true;
          break;
        }
        const batch = listArticleTextsAfter(db, cursor, RESCAN_BATCH);
        if (batch.length === 0) break;
        db.transaction(() => {
          for (const article of batch) this.scanArticle(article.id, article.text);
          cursor = batch[batch.length - 1]!.id;
          writeScanCursor(db, cursor);
        })();
        done += batch.length;
        events.emit('entities:progress', { done: Math.min(done, total), total });
      }
      if (restarted) continue;
      db.transaction(() => {
        if (deleteOrphanSuggestions(db) > 0) this.state = undefined;
        markScanComplete(db, start.registryVersion);
      })();
      events.emit('library:changed', { reason: 'entities-rescanned' });
      return;
    }
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
