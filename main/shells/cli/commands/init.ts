import { loadDemoLibrary } from '../../../core/demo/load-demo';
import { EXIT, type CliCommand } from '../command';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create the library (with the demo articles when --demo is given).',
  usage: 'dossier init [--demo] [--library PATH] [--json]',
  help: 'Creating a library that exists already is harmless: nothing in it changes, and --demo adds only the demo articles it lacks.',
  options: { demo: { type: 'boolean', default: false } },
  async run(input) {
    const core = input.openCore();
    if (input.values.demo === true) loadDemoLibrary(core.ctx);
    const { articles } = await core.api.getStats();
    input.print(
      input.json
        ? JSON.stringify({ library: core.ctx.libraryPath, articles })
        : `Library ready at ${core.ctx.libraryPath} (${articles} articles).`,
    );
    return EXIT.ok;
  },
};
