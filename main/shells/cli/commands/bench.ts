import { BENCHMARKS } from '../../../tools/bench';
import { EXIT, type CliCommand } from '../command';

export const benchCommand: CliCommand = {
  name: 'bench',
  summary: 'Run the benchmarks (speed and quality numbers; not part of npm test).',
  usage: 'dossier bench [NAME...] [--json] [-- benchmark options]',
  get help() {
    return [
      'Benchmarks:',
      ...BENCHMARKS.map((b) => `  ${b.name.padEnd(10)} ${b.summary}`),
      '',
      'Without a NAME, every benchmark runs.',
    ].join('\n');
  },
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean' },
    trials: { type: 'string' },
    parts: { type: 'string' },
    folder: { type: 'string' },
  },
  positionals: { min: 0, name: 'benchmark names' },
  async run(input) {
    const names = input.positionals.length ? input.positionals : BENCHMARKS.map((b) => b.name);
    const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
    if (unknown.length) {
      input.warn(
        `dossier bench: unknown benchmark ${unknown.join(', ')}. Known: ${BENCHMARKS.map((b) => b.name).join(', ') || 'none'}.`,
      );
      return EXIT.usage;
    }
    const extra: string[] = [];
    if (typeof input.values.sizes === 'string') extra.push('--sizes', input.values.sizes);
    if (input.values.quick === true) extra.push('--quick');
    if (typeof input.values.trials === 'string') extra.push('--trials', input.values.trials);
    if (typeof input.values.parts === 'string') extra.push('--parts', input.values.parts);
    if (typeof input.values.folder === 'string') extra.push('--folder', input.values.folder);
    const reports: Record<string, unknown> = {};
    for (const name of names) {
      const bench = await BENCHMARKS.find((b) => b.name === name)!.load();
      input.warn(`Running benchmark "${name}"...`);
      const report = await bench.run(extra, input.warn);
      reports[name] = input.json && bench.json ? bench.json(report) : report;
      if (!input.json) input.print(bench.format(report));
    }
    if (input.json) input.print(JSON.stringify(names.length === 1 ? reports[names[0]!] : reports));
    return EXIT.ok;
  },
};
