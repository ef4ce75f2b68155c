/** One benchmark run by `npm run bench -- NAME [args]` (`dossier bench NAME`). */
export interface Benchmark {
  /** Runs the benchmark; returns the JSON report. `log` prints progress for people (stderr). */
  run(args: string[], log: (line: string) => void): Promise<unknown>;
  /** Formats the report for people. */
  format(report: unknown): string;
  /** The shape `--json` prints, when a benchmark promises a fixed one (else the whole report). */
  json?(report: unknown): unknown;
}

/** A benchmark as the CLI lists it: its name and what it measures, its code loaded only to run it. */
export interface BenchmarkEntry {
  name: string;
  summary: string;
  load(): Promise<Benchmark>;
}
