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
