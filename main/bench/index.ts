import type { Benchmark } from './benchmark';

/** Every benchmark; capabilities add theirs here. */
export const BENCHMARKS: readonly Benchmark[] = [];
