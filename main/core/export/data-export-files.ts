import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import type { BriefScope } from '../../../preload/api';
import { listAllArticleIds } from '../../../db/backup-data';
import type { CoreContext } from '../kernel/context';
import { resolveScopeIds, type SearchFn } from './brief-model';
import { buildLibraryCsv } from './library-csv';
import { buildLibraryJson } from './library-json';

export interface DataExportOutcome {
  out: string;
  articles: number;
  /** The files written (one for JSON and zip, three for a CSV folder). */
  files: string[];
}

/** Writes a file through a temporary name, so a reader never sees half an export. */
export function writeAtomically(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial-${process.pid}`;
  writeFileSync(partial, data);
  renameSync(partial, path);
}

/**
 * Exports the library's data (all of it, or a scope) as one JSON file, or as articles.csv,
 * entities.csv and quotes.csv in a folder (or one .zip when the path ends in .zip).
 */
export async function exportLibraryData(
  ctx: CoreContext,
  options: { format: 'json' | 'csv'; outPath: string; scope?: BriefScope; search?: SearchFn },
): Promise<DataExportOutcome> {
  const ids = options.scope
    ? await resolveScopeIds(ctx.db, { title: 'export', scope: options.scope, sections: [] }, options.search)
    : listAllArticleIds(ctx.db);
  const data = buildLibraryJson(ctx, ids);
  if (options.format === 'json') {
    writeAtomically(options.outPath, JSON.stringify(data));
    return { out: options.outPath, articles: data.articles.length, files: [options.outPath] };
  }
  const csv = buildLibraryCsv(data);
  if (options.outPath.toLowerCase().endsWith('.zip')) {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(csv)) zip.file(name, text);
    writeAtomically(options.outPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return { out: options.outPath, articles: data.articles.length, files: [options.outPath] };
  }
  const files = Object.entries(csv).map(([name, text]) => {
    const path = join(options.outPath, name);
    writeAtomically(path, text);
    return path;
  });
  return { out: options.outPath, articles: data.articles.length, files };
}
