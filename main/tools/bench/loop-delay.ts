import { monitorEventLoopDelay } from 'node:perf_hooks';

/** How late the main thread's event loop ran, in milliseconds. */
export interface LoopDelayMs {
  p50: number;
  p99: number;
  max: number;
}

const round1 = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * Starts measuring how late the event loop runs. Node's `monitorEventLoopDelay` records the time
 * between ticks of a timer set every `resolution` ms, so each of its samples is the delay plus
 * the resolution: an idle loop reads 10 ms at resolution 10, and a 40 ms block about 50 ms
 * (measured here; tools that report it, such as Elastic's APM agent, subtract the resolution).
 * What a reporter feels is the delay: how long a click waits. So the resolution is taken off.
 */
export function startLoopDelay(resolutionMs = 10): { stop: () => LoopDelayMs } {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  const delay = (ns: number): number => round1(Math.max(0, ns / 1e6 - resolutionMs));
  return {
    stop() {
      histogram.disable();
      if (histogram.count === 0) return { p50: 0, p99: 0, max: 0 };
      return { p50: delay(histogram.percentile(50)), p99: delay(histogram.percentile(99)), max: delay(histogram.max) };
    },
  };
}

/** One time the main thread was held: when (seconds into the watch), how long, and what was going on. */
export interface LongStall {
  atSeconds: number;
  ms: number;
  during: string;
}

/**
 * Records the `keep` longest times the event loop was held for `thresholdMs` or more, with when
 * they happened and `during()` (say, how many files were done): a maximum alone does not tell a
 * stall of the app from one of the machine (another program's disk flush, say).
 */
export function watchLongStalls(during: () => string, thresholdMs = 150, keep = 5): { stop: () => LongStall[] } {
  const tickMs = 20;
  const start = performance.now();
  let last = start;
  const stalls: LongStall[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    const ms = now - last - tickMs;
    last = now;
    if (ms < thresholdMs) return;
    stalls.push({ atSeconds: round1((now - start) / 1000), ms: round1(ms), during: during() });
    stalls.sort((a, b) => b.ms - a.ms);
    stalls.length = Math.min(stalls.length, keep);
  }, tickMs);
  return {
    stop() {
      clearInterval(timer);
      return [...stalls];
    },
  };
}
