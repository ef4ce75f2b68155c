import type { Worker } from 'node:worker_threads';

/** The worker threads this process starts from now on, as long as they run (tests, benchmarks). */
export interface StartedThreads {
  /** The threads started since `followStartedThreads()` that have not exited. */
  readonly running: ReadonlySet<Worker>;
  /** How many were started, exited ones included. */
  readonly started: number;
  /** Stops following new threads. */
  stop(): void;
}

export function followStartedThreads(): StartedThreads {
  const running = new Set<Worker>();
  let started = 0;
  const onWorker = (thread: Worker): void => {
    started += 1;
    running.add(thread);
    thread.once('exit', () => running.delete(thread));
  };
  process.on('worker', onWorker);
  return {
    running,
    get started() {
      return started;
    },
    stop: () => process.off('worker', onWorker),
  };
}
