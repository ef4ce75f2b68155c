import { availableParallelism } from 'node:os';

/** Worker threads for OCR: every core but one (left for the window), at least one. */
export function defaultOcrWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}
