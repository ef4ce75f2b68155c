import { EXIT, type CliCommand } from '../command';
import { formatBytes } from '../output';

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'Count what is in the library and how big it is.',
  usage: 'dossier stats [--json]',
  async run(input) {
    const stats = await input.openCore().api.getStats();
    if (input.json) {
      input.print(JSON.stringify(stats));
      return EXIT.ok;
    }
    input.print(`Library   ${input.openCore().libraryPath}`);
    input.print(`Articles  ${stats.articles}`);
    input.print(`Tags      ${stats.tags}`);
    input.print(`Entities  ${stats.entities}`);
    input.print(`Notes     ${stats.notes}`);
    input.print(`Quotes    ${stats.quotes}`);
    input.print(`Size      ${formatBytes(stats.bytes)}`);
    return EXIT.ok;
  },
};
