import { EXIT, type CliCommand } from '../command';

export const importLibraryCommand: CliCommand = {
  name: 'import-library',
  summary: 'Load a JSON export (`dossier export --format json`) into this library.',
  usage: 'dossier import-library FILE [--json]',
  help: 'Articles already here (same file, URL or text) are skipped with their notes and quotes; a damaged export imports nothing.',
  positionals: { min: 1, max: 1, name: 'the JSON export FILE' },
  async run(input) {
    const outcome = await input.openCore().host.importLibraryFile({ path: input.positionals[0]! });
    input.print(
      input.json
        ? JSON.stringify(outcome)
        : `Imported ${outcome.imported} articles (${outcome.duplicates} already here) from ${outcome.file}`,
    );
    return EXIT.ok;
  },
};
