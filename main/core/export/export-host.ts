import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import type { HostApi } from '../kernel/host-api';
import { requireString } from '../kernel/validate';
import { checkBriefDefinition, checkBriefFormat, checkBriefScope } from './brief-definition';
import type { SearchFn } from './brief-model';
import { buildBrief } from './build-brief';
import { exportLibraryData, writeAtomically } from './data-export-files';
import { importLibraryJson } from './library-json';
import type { PdfPrinterSlot } from './pdf-printer';

type ExportHost = Pick<HostApi, 'exportData' | 'exportBriefFile' | 'importLibraryFile' | 'setPdfPrinter'>;

/** A JSON export larger than this is refused before it is read (a library export is text). */
const MAX_LIBRARY_EXPORT_BYTES = 2 * 1024 ** 3;

/** Exports to files and library-file imports: the paths are the shell's, chosen with the user. */
export function createExportHost(ctx: CoreContext, deps: { printer: PdfPrinterSlot; search: SearchFn }): ExportHost {
  return {
    async exportData(args) {
      const out = resolve(requireString(args?.out, 'out', 4096));
      const format = args?.format;
      if (format !== 'json' && format !== 'csv')
        throw new DossierError('INVALID_INPUT', '"format" must be "json" or "csv".');
      const scope = args?.scope === undefined ? undefined : checkBriefScope(args.scope);
      return exportLibraryData(ctx, { format, outPath: out, ...(scope ? { scope } : {}), search: deps.search });
    },

    async exportBriefFile(args) {
      const out = resolve(requireString(args?.out, 'out', 4096));
      const format = checkBriefFormat(args?.format);
      const definition = checkBriefDefinition(args?.definition);
      const built = await buildBrief(ctx, definition, format, deps);
      writeAtomically(out, built.bytes);
      return {
        out,
        format,
        articles: built.articles,
        quotes: built.quotes,
        ...(built.pages !== undefined ? { pages: built.pages } : {}),
      };
    },

    async importLibraryFile(args) {
      const path = resolve(requireString(args?.path, 'path', 4096));
      let text: string;
      try {
        if (statSync(path).size > MAX_LIBRARY_EXPORT_BYTES)
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
      const outcome = importLibraryJson(ctx, json);
      ctx.events.emit('library:changed', { reason: 'import-library' });
      return { file: path, ...outcome };
    },

    async setPdfPrinter(args) {
      deps.printer.choose(args.printer);
    },
  };
}
