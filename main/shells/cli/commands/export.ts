import { extname, resolve } from 'node:path';
import { BRIEF_SECTIONS, type ArticleId, type BriefScope } from '../../../../preload/api';
import { DossierError } from '../../../../preload/contract/errors';
import { EXIT, type CliCommand, type CommandInput } from '../command';

const FORMATS = ['pdf', 'md', 'html', 'json', 'csv'] as const;
type ExportFormat = (typeof FORMATS)[number];

function pickFormat(input: CommandInput, out: string): ExportFormat {
  const flag = input.values.format;
  if (typeof flag === 'string') {
    if (!(FORMATS as readonly string[]).includes(flag))
      throw new DossierError('INVALID_INPUT', `--format must be one of ${FORMATS.join(', ')}.`);
    return flag as ExportFormat;
  }
  const ext = extname(out).slice(1).toLowerCase();
  if (ext === 'markdown') return 'md';
  if (ext === 'htm') return 'html';
  if (ext === 'zip') return 'csv';
  return (FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : 'pdf';
}

function pickScope(input: CommandInput, required: boolean): BriefScope | undefined {
  const { tag, query, ids } = input.values;
  const given = [tag, query, ids].filter((v) => typeof v === 'string');
  if (given.length > 1) throw new DossierError('INVALID_INPUT', 'Give one of --tag, --query or --ids, not several.');
  if (typeof tag === 'string') return { kind: 'tag', tag };
  if (typeof query === 'string') return { kind: 'query', query };
  if (typeof ids === 'string') {
    const list = ids.split(',').map((s) => Number(s.trim()));
    if (list.some((n) => !Number.isSafeInteger(n) || n < 1))
      throw new DossierError('INVALID_INPUT', '--ids must be article ids separated by commas, e.g. --ids 1,2,3.');
    return { kind: 'ids', ids: list as ArticleId[] };
  }
  if (required) throw new DossierError('INVALID_INPUT', 'A brief needs a scope: --tag T, --query Q or --ids 1,2,3.');
  return undefined;
}

function defaultTitle(scope: BriefScope): string {
  if (scope.kind === 'tag') return `Research brief: ${scope.tag}`;
  if (scope.kind === 'query') return `Research brief: ${scope.query}`;
  return 'Research brief';
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: "Export a research brief (PDF, Markdown, HTML) or the library's data (JSON, CSV).",
  usage: 'dossier export (--tag T | --query Q | --ids 1,2,3) --out FILE [--format pdf|md|html|json|csv] [--json]',
  help: [
    'Brief options: --title TEXT, --author NAME, --sections title,summary,quotes,digest,entities,timeline,sources',
    '  (any subset, in the order given), --summary-note ID, --page-size A4|Letter, --since ISO-DATE (only articles collected after).',
    'The format defaults to the extension of --out (.pdf, .md, .html, .json, .csv or .zip), else pdf.',
    'json: everything (or the scope, when given), re-importable with `dossier import-library FILE`.',
    'csv: articles.csv, entities.csv and quotes.csv in the folder --out (or one .zip when --out ends in .zip).',
  ].join('\n'),
  options: {
    tag: { type: 'string' },
    query: { type: 'string' },
    ids: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    title: { type: 'string' },
    author: { type: 'string' },
    sections: { type: 'string' },
    'summary-note': { type: 'string' },
    'page-size': { type: 'string' },
    since: { type: 'string' },
  },
  async run(input) {
    const out = input.values.out;
    if (typeof out !== 'string' || !out) {
      input.warn(`dossier export: missing --out FILE. Usage: ${exportCommand.usage}`);
      return EXIT.usage;
    }
    const outPath = resolve(out);
    const format = pickFormat(input, outPath);
    const core = input.openCore();

    if (format === 'json' || format === 'csv') {
      const scope = pickScope(input, false);
      const result = await core.host.exportData({ format, out: outPath, ...(scope ? { scope } : {}) });
      input.print(
        input.json
          ? JSON.stringify({ out: result.out, format, articles: result.articles, files: result.files })
          : `Exported ${result.articles} articles to ${result.out}`,
      );
      return EXIT.ok;
    }

    const scope = pickScope(input, true)!;
    const sections =
      typeof input.values.sections === 'string'
        ? input.values.sections.split(',').map((s) => s.trim())
        : [...BRIEF_SECTIONS];
    const summaryNote = input.values['summary-note'];
    const definition = {
      title: typeof input.values.title === 'string' ? input.values.title : defaultTitle(scope),
      author: input.values.author,
      scope,
      sections,
      summaryNoteId: typeof summaryNote === 'string' ? Number(summaryNote) : undefined,
      pageSize: input.values['page-size'],
      importedAfter: input.values.since,
    };
    const built = await core.host.exportBriefFile({ definition, format, out: outPath });
    const report = {
      out: outPath,
      format,
      articles: built.articles,
      ...(built.pages !== undefined ? { pages: built.pages } : {}),
    };
    if (input.json) input.print(JSON.stringify(report));
    else
      input.print(
        `Wrote a ${format.toUpperCase()} brief of ${built.articles} articles, ${built.quotes} quotes${built.pages ? `, ${built.pages} pages` : ''} to ${outPath}`,
      );
    return EXIT.ok;
  },
};
