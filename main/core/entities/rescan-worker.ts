import { parentPort } from 'node:worker_threads';
import { lowerThisThreadPriority } from '../kernel/background-thread';
import { matchArticles } from './match-article';
import { EntityMatcher } from './matcher';
import type { RescanReply, RescanRequest } from './rescan-protocol';

// Background work: the main thread (the window) comes first (see background-thread.ts).
lowerThisThreadPriority();

/**
 * Worker-thread entry (built to out/main/entities-worker.js by electron-vite). It holds the
 * automaton of the registry version being re-scanned and matches the batches of articles the
 * main thread sends; the main thread alone reads and writes the database.
 */
let matcher: EntityMatcher | undefined;

parentPort?.on('message', (msg: RescanRequest) => {
  if (msg.kind === 'load') {
    matcher = new EntityMatcher(msg.aliases);
    return;
  }
  let reply: RescanReply;
  try {
    if (!matcher) throw new Error('no registry was loaded before matching');
    reply = { id: msg.id, ok: true, results: matchArticles(matcher, msg.articles) };
  } catch (err) {
    reply = { id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
