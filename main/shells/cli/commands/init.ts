import { EXIT, type CliCommand } from '../command';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create the library (with the demo articles when --demo is given).',
  usage: 'dossier init [--demo] [--library PATH] [--json]',
  help: 'Creating a library that exists already is harmless: nothing in it changes, and --demo adds only the demo articles it lacks.',
  options: { demo: { type: 'boolean', default: false } },
  async run(input) {
    const core = input.openCore();
    if (input.values.demo === true) await core.host.loadDemo();
    const { articles } = await core.api.getStats();
    input.print(
      input.json
        ? JSON.stringify({ library: core.libraryPath, articles })
        : `Library ready at ${core.libraryPath} (${articles} articles).`,
    );
    return EXIT.ok;
  },
};
