import { Worker } from 'node:worker_threads';
import type { ArticleId } from '../../../preload/api';
import {
  articleExists,
  countUnfingerprintedArticles,
  getMemberFamily,
  listUnfingerprintedArticles,
  type ArticleToFingerprint,
} from '../../../db/families';
import { writeTransaction } from '../../../db/write-transaction';
import { findBuiltWorker } from '../kernel/built-worker';
import type { CoreContext } from '../kernel/context';
import { fingerprintArticles, type FingerprintReply } from './backfill-protocol';
import type { Fingerprint } from './fingerprint';
import type { FamilyIndex } from './family-index';

const BATCH = 500;

type Fingerprinter = (articles: ArticleToFingerprint[]) => Promise<(Fingerprint & { articleId: number })[]>;

/**
 * DOSSIER_FAMILIES_WORKER names another script (tests point it at a built one); '' forces
 * in-process fingerprinting.
 */
function findFamiliesWorkerScript(): string | null {
  return findBuiltWorker('families-worker.js', 'DOSSIER_FAMILIES_WORKER');
}

/** Fingerprints in a worker thread when the built one exists, else in-process between event-loop turns. */
function createFingerprinter(
  index: FamilyIndex,
  script: string | null,
): { run: Fingerprinter; close(): Promise<void> } {
  if (!script) {
    return {
      async run(articles) {
        await new Promise((resolve) => setImmediate(resolve));
        return fingerprintArticles(index.analyzer, articles);
      },
      async close() {},
    };
  }
  const worker = new Worker(script);
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (v: (Fingerprint & { articleId: number })[]) => void; reject: (e: Error) => void }
  >();
  const failAll = (err: Error): void => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (reply: FingerprintReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.fingerprints);
    else p.reject(new Error(`The families worker failed: ${reply.message}`));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The families worker stopped (exit code ${code}).`)));
  return {
    run(articles) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, articles });
      });
    },
    async close() {
      pending.clear();
      await worker.terminate();
    },
  };
}

/**
 * Computes families once for the articles of a library that predates them: fingerprints in a
 * worker, joins on the main thread in one short transaction per batch (so imports and reads
 * interleave), and reports `families:progress`. Articles stored meanwhile are fingerprinted by
 * the store hook and skipped here.
 */
export function backfillFamilies(
  ctx: CoreContext,
  index: FamilyIndex,
  script: string | null = findFamiliesWorkerScript(),
): Promise<number> {
  // One backfill at a time per library: a second call joins the one running.
  index.backfillRun ??= runBackfill(ctx, index, script).finally(() => {
    index.backfillRun = null;
  });
  return index.backfillRun;
}

async function runBackfill(ctx: CoreContext, index: FamilyIndex, script: string | null): Promise<number> {
  // A library closed before its first turn (a CLI command that only read) has nothing to do.
  if (!ctx.db.open) return 0;
  const total = countUnfingerprintedArticles(ctx.db);
  if (total === 0) return 0;
  const fingerprinter = createFingerprinter(index, script);
  let done = 0;
  let afterId = 0;
  ctx.events.emit('families:progress', { done, total });
  try {
    for (;;) {
      if (!ctx.db.open) return done;
      const batch = listUnfingerprintedArticles(ctx.db, afterId, BATCH);
      if (batch.length === 0) break;
      afterId = batch[batch.length - 1]!.id;
      const fingerprints = await fingerprinter.run(batch);
      if (!ctx.db.open) return done;
      writeTransaction(ctx.db, () => {
        for (const fp of fingerprints) {
          const id = fp.articleId as ArticleId;
          // Deleted meanwhile, or stored (and fingerprinted by the hook) meanwhile.
          if (getMemberFamily(ctx.db, id) !== undefined) continue;
          if (!articleExists(ctx.db, id)) continue;
          index.addArticle(id, fp);
        }
      });
      done += batch.length;
      ctx.events.emit('families:progress', { done: Math.min(done, total), total });
    }
  } finally {
    await fingerprinter.close();
  }
  ctx.events.emit('library:changed', { reason: 'families-computed' });
  return done;
}
