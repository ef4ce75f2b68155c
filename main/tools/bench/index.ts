import type { BenchmarkEntry } from './benchmark';

/**
 * Every benchmark, by name, with what it measures; capabilities add theirs here. A benchmark's code
 * loads only when it runs: the CLI reads this list for its help, and loading every benchmark (with
 * Playwright, linkedom and Readability) made each `dossier` command start about 0.3 s later.
 */
export const BENCHMARKS: readonly BenchmarkEntry[] = [
  {
    name: 'search',
    summary: 'Full-text search at 10k and 50k news-like articles (Brown corpus) vs plain FTS5.',
    load: async () => (await import('./search')).searchBenchmark,
  },
  {
    name: 'export',
    summary: 'Time to export a 50-article brief as PDF, Markdown and HTML.',
    load: async () => (await import('./export')).exportBenchmark,
  },
  {
    name: 'import',
    summary:
      'Import the fixture corpus: metadata agreement, body token F1, files per second. --folder N: one folder of N distinct pages (memory, steady rate).',
    load: async () => (await import('./import')).importBenchmark,
  },
  {
    name: 'entities',
    summary:
      'Entity matching: precision/recall per type on a labelled set, suggestion typing (heuristic vs English taggers), and the re-scan time of a 10k-article library.',
    load: async () => (await import('./entities')).entitiesBenchmark,
  },
  {
    name: 'reliability',
    summary: 'Kill -9, fuzzing, hostile pages, attacks on browser mode, two writers, full disk, packaging.',
    load: async () => (await import('./reliability')).reliabilityBenchmark,
  },
  {
    name: 'families',
    summary: 'Near-copy families: pair precision/recall on a syndication corpus, cost per article, 50k from scratch.',
    load: async () => (await import('./families')).familiesBenchmark,
  },
  {
    name: 'containers',
    summary: 'E-mails per second from an mbox, archive members per second, and a large mbox streamed with peak RSS.',
    load: async () => (await import('./containers')).containersBenchmark,
  },
  {
    name: 'network',
    summary:
      'Entity network of a 50,000-article synthetic library: the contract call, and in Chromium the first frame and the panning frame rate (reference: a small tag and the idle page).',
    load: async () => (await import('./network')).networkBenchmark,
  },
  {
    name: 'ocr',
    summary: 'OCR accuracy (CER/WER), pages per minute and worker memory, against the native tesseract command.',
    load: async () => (await import('./ocr')).ocrBenchmark,
  },
  {
    name: 'parse-warm',
    summary: "first file's parse time with a cold parse pool and after warm() (prepareImport)",
    load: async () => (await import('./parse-warm')).parseWarmBenchmark,
  },
];
