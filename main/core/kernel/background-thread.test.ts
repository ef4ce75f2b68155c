import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, lowerThisThreadPriority, type ThreadPrioritySystem } from './background-thread';

function fakeSystem(platform: NodeJS.Platform, start = 0): ThreadPrioritySystem & { calls: number[] } {
  let nice = start;
  const calls: number[] = [];
  return {
    platform,
    calls,
    getPriority: () => nice,
    setPriority: (_pid, value) => {
      calls.push(value);
      nice = value;
    },
  };
}

describe('lowerThisThreadPriority', () => {
  it('lowers the calling thread on Linux', () => {
    const system = fakeSystem('linux');
    expect(lowerThisThreadPriority(system)).toBe(BACKGROUND_NICE);
    expect(system.calls).toEqual([BACKGROUND_NICE]);
  });

  it('leaves macOS and Windows alone, where the whole app (its window too) would be lowered', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const system = fakeSystem(platform);
      expect(lowerThisThreadPriority(system)).toBeNull();
      expect(system.calls).toEqual([]);
    }
  });

  it('never raises a thread that is already lower, and survives a refusal', () => {
    const lower = fakeSystem('linux', 15);
    expect(lowerThisThreadPriority(lower)).toBe(15);
    expect(lower.calls).toEqual([]);
    const refusing = {
      ...fakeSystem('linux'),
      setPriority: () => {
        throw new Error('EACCES');
      },
    };
    expect(lowerThisThreadPriority(refusing)).toBeNull();
  });

  // What the function relies on: on Linux a nice value belongs to one thread, so a worker that
  // lowers itself leaves the main thread (the window's event loop) at its own priority.
  it.runIf(process.platform === 'linux')('on Linux, lowers a worker thread and not the main thread', async () => {
    const before = getPriority(0);
    const worker = new Worker(
      `const os = require('node:os');
       os.setPriority(0, ${BACKGROUND_NICE});
       require('node:worker_threads').parentPort.postMessage(os.getPriority(0));`,
      { eval: true },
    );
    const workerNice = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(workerNice).toBe(Math.max(before, BACKGROUND_NICE));
    expect(getPriority(0)).toBe(before);
  });
});
