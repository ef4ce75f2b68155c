import type { Worker } from 'node:worker_threads';
import { followStartedThreads } from '../../test-support/started-threads';

/**
 * The JavaScript heaps of this process's worker threads (parse threads, entity matching...), so a
 * benchmark can tell what in its resident memory grows: the main thread, the threads, or the rest
 * (SQLite's cache, native buffers, the allocator). It follows every thread started from now on;
 * `committedMb()` is the heap the running threads had last time they answered, refreshed in the
 * background.
 */
export function watchThreadHeaps(): { committedMb: () => number; refresh: () => void; stop: () => void } {
  const threads = followStartedThreads();
  const heaps = new WeakMap<Worker, number>();
  return {
    committedMb: () => [...threads.running].reduce((sum, t) => sum + (heaps.get(t) ?? 0), 0) / (1024 * 1024),
    refresh() {
      for (const thread of threads.running) {
        thread
          .getHeapStatistics()
          .then((stats) => heaps.set(thread, stats.total_heap_size))
          .catch(() => undefined); // a thread ending meanwhile
      }
    },
    stop: () => threads.stop(),
  };
}
