import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { findBuiltWorker } from '../kernel/built-worker';
import { matchArticles, type ArticleToMatch, type MatchedArticle } from './match-article';
import { EntityMatcher, type MatchableAlias } from './matcher';
import type { RescanReply, RescanRequest } from './rescan-protocol';

/**
 * Matches articles for a library re-scan. In the built app and CLI the matching runs in a worker
 * thread (out/main/entities-worker.js), so a re-scan of a large library never holds the main
 * thread for longer than it takes to write one batch. Where no built worker exists (unit tests
 * run the TypeScript directly) the same functions run in-process, yielding before each batch.
 */
export interface RescanMatcher {
  readonly mode: 'worker' | 'in-process';
  /** How many batches it matches at once: the caller keeps about twice that many in flight. */
  readonly parallelism: number;
  /** Builds the automaton for a registry version; later `match` calls use it. */
  load(aliases: MatchableAlias[]): void;
  /** Matches a batch with the aliases last loaded. */
  match(articles: ArticleToMatch[]): Promise<MatchedArticle[]>;
  close(): Promise<void>;
}

/**
 * Finds the built worker next to the bundle (or one folder up when this code lives in a chunk).
 * DOSSIER_ENTITIES_WORKER names another script (tests point it at a freshly built one); set to
 * '' it forces in-process matching.
 */
export function findEntitiesWorkerScript(): string | null {
  return findBuiltWorker('entities-worker.js', 'DOSSIER_ENTITIES_WORKER');
}

/**
 * Worker threads when `script` is given, else in-process. One core stays with the main thread,
 * which reads texts and writes results; the others match (at least one, at most four).
 */
export function createRescanMatcher(
  script: string | null = findEntitiesWorkerScript(),
  workers = defaultWorkerCount(),
): RescanMatcher {
  return script ? createWorkerMatcher(script, Math.max(1, workers)) : createInProcessMatcher();
}

function defaultWorkerCount(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

function createInProcessMatcher(): RescanMatcher {
  let matcher: EntityMatcher | undefined;
  return {
    mode: 'in-process',
    parallelism: 1,
    load(aliases) {
      matcher = new EntityMatcher(aliases);
    },
    async match(articles) {
      // Give timers, IPC and imports their turn before each batch: this runs on the main thread.
      await new Promise((resolve) => setImmediate(resolve));
      if (!matcher) throw new Error('No registry was loaded before matching.');
      return matchArticles(matcher, articles);
    },
    async close() {},
  };
}

interface Pending {
  resolve: (results: MatchedArticle[]) => void;
  reject: (err: Error) => void;
}

/** `size` worker threads; each batch goes to the one with the fewest batches waiting. */
function createWorkerMatcher(script: string, size: number): RescanMatcher {
  const pending = new Map<number, Pending>();
  const queued = new Map<Worker, number>();
  let nextId = 1;
  let failure: Error | undefined;

  const failAll = (err: Error): void => {
    failure ??= err;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script);
    queued.set(worker, 0);
    worker.on('message', (reply: RescanReply) => {
      queued.set(worker, queued.get(worker)! - 1);
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.results);
      else p.reject(new Error(`The entity matcher failed: ${reply.message}`));
    });
    worker.on('error', (err) => failAll(err));
    worker.on('exit', (code) => failAll(new Error(`The entity matcher stopped (exit code ${code}).`)));
    return worker;
  });
  const post = (worker: Worker, msg: RescanRequest): void => worker.postMessage(msg);

  return {
    mode: 'worker',
    parallelism: size,
    load(aliases) {
      for (const w of workers) post(w, { kind: 'load', aliases });
    },
    match(articles) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const worker = workers.reduce((best, w) => (queued.get(w)! < queued.get(best)! ? w : best));
      queued.set(worker, queued.get(worker)! + 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        post(worker, { kind: 'match', id, articles });
      });
    },
    async close() {
      // Batches still in flight were abandoned by the caller: drop them rather than reject them.
      pending.clear();
      failure ??= new Error('The entity matcher was closed.');
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
