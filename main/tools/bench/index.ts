import type { Benchmark } from './benchmark';
import { searchBenchmark } from './search';
import { entitiesBenchmark } from './entities';
import { exportBenchmark } from './export';
import { importBenchmark } from './import';
import { reliabilityBenchmark } from './reliability';
import { familiesBenchmark } from './families';
import { containersBenchmark } from './containers';
import { networkBenchmark } from './network';
import { ocrBenchmark } from './ocr';
import { parseWarmBenchmark } from './parse-warm';

/** Every benchmark; capabilities add theirs here. */
export const BENCHMARKS: readonly Benchmark[] = [
  searchBenchmark,
  exportBenchmark,
  importBenchmark,
  entitiesBenchmark,
  reliabilityBenchmark,
  familiesBenchmark,
  containersBenchmark,
  networkBenchmark,
  ocrBenchmark,
  parseWarmBenchmark,
];
