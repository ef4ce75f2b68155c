import { describe, expect, it } from 'vitest';
import { startLoopDelay, watchLongStalls } from './loop-delay';

const wait = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

describe('the benchmarks’ event-loop delay', () => {
  it('reads an idle loop as not late, though the timer it samples ticks every 10 ms', async () => {
    const delay = startLoopDelay(10);
    await wait(300);
    expect(delay.stop().p50).toBeLessThan(5);
  });

  it('reads a 60 ms block as at least 50 ms late', async () => {
    const delay = startLoopDelay(10);
    await wait(30);
    const start = performance.now();
    while (performance.now() - start < 60); // the main thread held, as a long store would
    await wait(30);
    expect(delay.stop().max).toBeGreaterThanOrEqual(50);
  });
});

describe('the benchmarks’ long-stall log', () => {
  it('tells when the loop was held and what was going on then', async () => {
    let phase = 'warming';
    const stalls = watchLongStalls(() => phase, 100);
    await wait(60);
    phase = 'storing';
    const start = performance.now();
    while (performance.now() - start < 180); // held, as a long store would
    await wait(60);
    const [longest, ...rest] = stalls.stop();
    expect(rest).toEqual([]);
    expect(longest!.ms).toBeGreaterThanOrEqual(150);
    expect(longest!.during).toBe('storing');
    expect(longest!.atSeconds).toBeGreaterThanOrEqual(0.2);
  });
});
