import { EXIT, type CliCommand } from '../command';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write a consistent copy of the library (safe while the app is running).',
  usage: 'dossier backup --out FILE [--json]',
  help: "Uses SQLite's online backup, so the copy is one snapshot even while Dossier keeps importing.",
  options: { out: { type: 'string' } },
  async run(input) {
    const out = input.values.out;
    if (typeof out !== 'string' || !out) {
      input.warn('dossier backup: missing --out FILE. Usage: dossier backup --out FILE [--json]');
      return EXIT.usage;
    }
    const outcome = await input.openCore().host.backupTo({ out });
    input.print(input.json ? JSON.stringify(outcome) : `Backed up ${outcome.articles} articles to ${outcome.out}`);
    return EXIT.ok;
  },
};
