import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Node's collector, reachable in a test without starting Node with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Heap bytes still held after `keep` has taken something from each of a hundred distinct 1 MB
 * texts and the texts themselves were dropped. A memo that keeps slices of article texts shows
 * here as ~100 MB; one that keeps its own copies as a few KB.
 */
export function heapRetainedBy(keep: (text: string) => unknown, texts = 100): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept: unknown[] = [];
  for (let i = 0; i < texts; i += 1) {
    // A flat 1 MB string per text, each distinct, as an article's text is; it opens on a long
    // capitalised word (slice(0, 20)), which the analysers lower-case before any lookup.
    const text = `Interconnections${String(i).padStart(4, '0')} ${'lorem ipsum '.repeat(87_382)}`.concat('.');
    kept.push(keep(text));
  }
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - before;
  kept.length = 0; // used after the measure, so what was kept stays alive until then
  return retained;
}
