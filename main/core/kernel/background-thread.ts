import { getPriority, setPriority } from 'node:os';

/**
 * How much lower than the app's main thread background work runs (a nice value, 0 to 19).
 * The main thread answers the window; parse, rescan, backfill and checkpoint threads use every core
 * during a long import but must never make the window wait for the CPU. (OCR's page renderer is
 * left alone: its Tesseract threads run at normal priority, and a lowered renderer alone became
 * OCR's bottleneck whenever another program kept the cores busy.)
 *
 * 5, not 10: against other busy programs (two `yes` at nice 0 on 2 cores) a 300-page import took
 * 153-165 s at nice 10, 80 s at 5 and 40 s at 0 (Linux gives a nice-10 thread about a tenth of a
 * nice-0 one's share, a nice-5 thread a third). On a quiet machine the window's event-loop delay
 * during a 1,500-page import was the same at 5 as at 10 (p99 29.9 against 28.6 ms).
 */
export const BACKGROUND_NICE = 5;

/** What the function needs of the operating system (tests pass their own). */
export interface ThreadPrioritySystem {
  platform: NodeJS.Platform;
  getPriority(pid: number): number;
  setPriority(pid: number, priority: number): void;
}

/**
 * Lowers the calling worker thread's CPU priority, so the main thread (the UI's event loop) gets
 * a core as soon as it has work, however busy the workers are. In CPU profiles of an import on a
 * 2-core machine with two parse threads, the main thread's longest delays were stretches where it
 * was ready to run but not running (a 305 ms store of which 33 ms ran): the scheduler's doing, not
 * its own work.
 *
 * Only on Linux, where a nice value belongs to one thread: elsewhere (macOS, Windows) it would
 * lower the whole process, the window included, so nothing is changed there. Returns the nice
 * value the thread now has, or null when it was left alone (another platform, or not allowed).
 */
export function lowerThisThreadPriority(
  system: ThreadPrioritySystem = { platform: process.platform, getPriority, setPriority },
  nice: number = BACKGROUND_NICE,
): number | null {
  if (system.platform !== 'linux') return null;
  try {
    // pid 0 is "the caller": on Linux, this thread alone.
    if (system.getPriority(0) < nice) system.setPriority(0, nice);
    return system.getPriority(0);
  } catch {
    return null; // a sandbox that refuses it: the thread keeps the normal priority
  }
}
