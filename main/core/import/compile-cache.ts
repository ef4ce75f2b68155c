import nodeModule from 'node:module';

/** Absent from runtimes older than Node 22.8 (an Electron behind it): then nothing is cached. */
const cache = nodeModule as Partial<Pick<typeof nodeModule, 'enableCompileCache' | 'flushCompileCache'>>;

/**
 * V8's code cache for the modules a parse worker loads (linkedom, Readability, jsdom, DOMPurify,
 * compromise, pdf.js...). Compiling them was a large part of every worker's start, and a new
 * worker starts with each core and after a file that timed out. Node keeps the cache on disk
 * (in the system's temp folder, or NODE_COMPILE_CACHE) and checks it against each file's
 * contents; when it cannot, modules are simply compiled as before. Imported first by worker.ts.
 */
cache.enableCompileCache?.();

const flushedFormats = new Set<string>();

/**
 * Writes the cache after the first file of each format (whose parser was just loaded): a worker
 * is terminated, not ended, so Node's own write at exit would never happen.
 */
export function flushCompileCacheAfter(format: string): void {
  if (flushedFormats.has(format)) return;
  flushedFormats.add(format);
  try {
    cache.flushCompileCache?.();
  } catch {
    // a cache that cannot be written only costs the next worker its compile time
  }
}
