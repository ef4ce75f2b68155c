import { parentPort } from 'node:worker_threads';
import { lowerThisThreadPriority } from '../kernel/background-thread';
import { TermAnalyzer } from '../search/languages';
import { fingerprintArticles, type FingerprintReply, type FingerprintRequest } from './backfill-protocol';

// Background work: the main thread (the window) comes first (see background-thread.ts).
lowerThisThreadPriority();

/**
 * Worker-thread entry (built to out/main/families-worker.js): fingerprints the batches of
 * articles the families backfill sends; the main thread alone reads and writes the database.
 */
const analyzer = new TermAnalyzer();

parentPort?.on('message', (msg: FingerprintRequest) => {
  let reply: FingerprintReply;
  try {
    reply = { id: msg.id, ok: true, fingerprints: fingerprintArticles(analyzer, msg.articles) };
  } catch (err) {
    reply = { id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
