import { createRequire, syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const REFUSE = resolve(__dirname, 'refuse-network.cjs');

/**
 * Refuses every outgoing request in this test process and in every worker thread it starts from
 * now on (tesseract.js's included: it is loaded lazily, after this runs). Refused calls are logged
 * to `refusedLog` (DOSSIER_REFUSED_LOG). Returns what puts worker threads back as they were.
 */
export async function refuseNetworkHere(refusedLog: string): Promise<() => void> {
  process.env.DOSSIER_REFUSED_LOG = refusedLog;
  const threads = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const Original = threads.Worker;
  threads.Worker = class extends Original {
    constructor(file: string | URL, options: import('node:worker_threads').WorkerOptions = {}) {
      super(file, { ...options, execArgv: [...(options.execArgv ?? process.execArgv), '--require', REFUSE] });
    }
  };
  // Code that imports `{ Worker }` as an ES module sees the builtin's ESM exports, which follow
  // the patched CommonJS object only once synced.
  syncBuiltinESMExports();
  await import(REFUSE);
  return () => {
    threads.Worker = Original;
    syncBuiltinESMExports();
  };
}
