import { resolve } from 'node:path';
import { restoreLibrary } from '../../../core';
import { EXIT, type CliCommand } from '../command';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Replace the library with a backup, after checking it; the old library is kept.',
  usage: 'dossier restore FILE [--json]',
  help: [
    'The backup is checked first (SQLite integrity check, schema version, that it is a Dossier library);',
    'a bad file fails with DB_CORRUPT, DB_NOT_A_LIBRARY or DB_NEWER_THAN_APP and changes nothing.',
    'The replaced library is kept next to it as <library>.before-restore-<time>.sqlite.',
  ].join('\n'),
  positionals: { min: 1, max: 1, name: 'the backup FILE' },
  async run(input) {
    // The library must stay closed here: restore swaps the file itself.
    const outcome = await restoreLibrary(resolve(input.libraryPath), input.positionals[0]!);
    if (input.json) {
      input.print(
        JSON.stringify({
          restored: outcome.from,
          library: outcome.restored,
          previous: outcome.previous,
          articles: outcome.articles,
        }),
      );
    } else {
      input.print(`Restored ${outcome.articles} articles from ${outcome.from} into ${outcome.restored}`);
      if (outcome.previous) input.print(`The replaced library was kept as ${outcome.previous}`);
    }
    return EXIT.ok;
  },
};
