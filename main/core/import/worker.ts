import { parentPort } from 'node:worker_threads';
import { parseFile } from './parse-file';
import type { ParseRequest } from './types';

/**
 * Worker-thread entry (built to out/main/import-worker.js by electron-vite). It parses one file
 * at a time and posts back a ParseOutcome; the pool terminates it when a file takes too long.
 */
interface ParseMessage {
  id: number;
  req: ParseRequest;
}

parentPort?.on('message', (msg: ParseMessage) => {
  void parseFile(msg.req).then(
    (outcome) => parentPort?.postMessage({ id: msg.id, outcome }),
    (err: unknown) =>
      parentPort?.postMessage({
        id: msg.id,
        outcome: { ok: false, code: 'INTERNAL', message: `The file reader failed: ${String(err)}` },
      }),
  );
});
