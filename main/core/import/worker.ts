// First: the compile cache must be on before the parsers' modules load.
import { flushCompileCacheAfter } from './compile-cache';
import { parentPort } from 'node:worker_threads';
import { PrematchState, type EntityRegistrySnapshot } from '../entities/prematch';
import type { PreparedArticleWork } from '../kernel/article-hooks';
import { fingerprintText } from '../families/fingerprint';
import { normalizedTextHash } from '../library/text-hash';
import { prepareArticleIndex, workerTermAnalyzer } from '../search/analyze';
import { parseFile } from './parse-file';
import type { ParseOutcome, ParseRequest } from './types';
import { lowerThisThreadPriority } from '../kernel/background-thread';

// Parsing uses every core during a long import; the main thread (the window) comes first.
lowerThisThreadPriority();

/**
 * Worker-thread entry (built to out/main/import-worker.js by electron-vite). It parses one file
 * at a time and posts back a ParseOutcome; the pool terminates it when a file takes too long.
 * It also does the article hooks' pure work (search terms, family fingerprints, the text's duplicate
 * hash; entity matches when the pool sent the registry), the costliest part of storing an article,
 * so the main thread only writes the results.
 */
export type ParseWorkerMessage =
  /** Builds the entity matcher of one registry version; later parses are matched with it. */
  | { kind: 'registry'; snapshot: EntityRegistrySnapshot }
  /** Parses one file; `entityVersion` asks for its entity matches with that registry version. */
  | { kind?: undefined; id: number; req: ParseRequest; entityVersion?: number };

const prematch = new PrematchState();

/**
 * The outcome with what the article hooks would compute on the main thread: its search terms and,
 * when the registry is here, its entity matches. A failure here only leaves that work to the hooks.
 */
function prepareForStore(outcome: ParseOutcome, entityVersion: number | undefined): ParseOutcome {
  if (!outcome.ok) return outcome;
  const prepared: PreparedArticleWork = {};
  try {
    prepared.textHash = normalizedTextHash(outcome.article.text);
  } catch {
    // storing hashes it
  }
  try {
    prepared.search = prepareArticleIndex(outcome.article);
  } catch {
    // the search hook analyses it
  }
  try {
    prepared.families = fingerprintText(workerTermAnalyzer(), outcome.article.text, outcome.article.language);
  } catch {
    // the families hook fingerprints it
  }
  try {
    const entities =
      entityVersion === undefined
        ? undefined
        : prematch.match(entityVersion, outcome.article.text, outcome.article.language);
    if (entities) prepared.entities = entities;
  } catch {
    // the entity hook matches it
  }
  return { ...outcome, prepared };
}

parentPort?.on('message', (msg: ParseWorkerMessage) => {
  if (msg.kind === 'registry') {
    // A registry this thread cannot load leaves matching to the main thread, as before.
    try {
      prematch.load(msg.snapshot);
    } catch {
      prematch.clear();
    }
    return;
  }
  void parseFile(msg.req).then(
    (outcome) => {
      parentPort?.postMessage({ id: msg.id, outcome: prepareForStore(outcome, msg.entityVersion) });
      flushCompileCacheAfter(outcome.ok ? outcome.article.format : (outcome.format ?? 'unknown'));
    },
    (err: unknown) =>
      parentPort?.postMessage({
        id: msg.id,
        outcome: { ok: false, code: 'INTERNAL', message: `The file reader failed: ${String(err)}` },
      }),
  );
});
