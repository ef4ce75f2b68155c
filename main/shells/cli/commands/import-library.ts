import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DossierError } from '../../../../preload/contract/errors';
import { importLibraryJson } from '../../../core/export/library-json';
import { EXIT, type CliCommand } from '../command';

const MAX_EXPORT_BYTES = 2 * 1024 ** 3;

export const importLibraryCommand: CliCommand = {
  name: 'import-library',
  summary: 'Load a JSON export (`dossier export --format json`) into this library.',
  usage: 'dossier import-library FILE [--json]',
  help: 'Articles already here (same file, URL or text) are skipped with their notes and quotes; a damaged export imports nothing.',
  positionals: { min: 1, max: 1, name: 'the JSON export FILE' },
  async run(input) {
    const path = resolve(input.positionals[0]!);
    let text: string;
    try {
      if (statSync(path).size > MAX_EXPORT_BYTES)
        throw new DossierError('FILE_TOO_LARGE', `${path} is larger than 2 GB.`);
      text = readFileSync(path, 'utf8');
    } catch (err) {
      if (err instanceof DossierError) throw err;
      throw new DossierError('NOT_FOUND', `Cannot read ${path}.`, { cause: err });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new DossierError('CORRUPT_FILE', `${path} is not valid JSON.`, { cause: err });
    }
    const core = input.openCore();
    const outcome = importLibraryJson(core.ctx, json);
    core.ctx.events.emit('library:changed', { reason: 'import-library' });
    input.print(
      input.json
        ? JSON.stringify({ file: path, ...outcome })
        : `Imported ${outcome.imported} articles (${outcome.duplicates} already here) from ${path}`,
    );
    return EXIT.ok;
  },
};
