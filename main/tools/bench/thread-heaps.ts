import type { Worker } from 'node:worker_threads';

/**
 * The JavaScript heaps of this process's worker threads (parse threads, entity matching...), so a
 * benchmark can tell what in its resident memory grows: the main thread, the threads, or the rest
 * (SQLite's cache, native buffers, the allocator). It follows every thread started from now on;
 * `committedMb()` is the heap the threads had last time they answered, refreshed in the background.
 */
export function watchThreadHeaps(): { committedMb: () => number; refresh: () => void; stop: () => void } {
  const heaps = new Map<Worker, number>();
  const onWorker = (thread: Worker): void => {
    heaps.set(thread, 0);
    thread.once('exit', () => heaps.delete(thread));
  };
  process.on('worker', onWorker);
  return {
    committedMb: () => [...heaps.values()].reduce((sum, bytes) => sum + bytes, 0) / (1024 * 1024),
    refresh() {
      for (const thread of heaps.keys()) {
        thread
          .getHeapStatistics()
          .then((stats) => heaps.has(thread) && heaps.set(thread, stats.total_heap_size))
          .catch(() => undefined); // a thread ending meanwhile
      }
    },
    stop: () => process.off('worker', onWorker),
  };
}
