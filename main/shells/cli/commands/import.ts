import type { ImportFileResult, SkipReason } from '../../../../preload/api';
import { EXIT, type CliCommand } from '../command';
import { terminalField } from '../output';
import { waitForOcr } from './ocr-wait';

/** Why a file or member was left alone, as the report line says it. */
const SKIP_REASON: Record<SkipReason, string> = {
  folder: 'a folder',
  'system-file': 'a file the operating system added',
  hidden: 'a hidden file or folder',
  'too-deep': 'an archive nested too deep',
  'inline-image': 'an image shown in the message',
  link: 'a link, not a file',
  'not-mail': 'an Outlook item that is not mail (a contact, a calendar entry, a task)',
};

/** One report line per file: names, titles and messages come from the files, so each is kept to one safe line. */
function describe(r: ImportFileResult): string {
  const file = terminalField(r.file);
  const title = terminalField(r.title ?? '');
  if (r.status === 'imported') return `imported   #${r.id}  ${title}  (${file})`;
  if (r.report) {
    const c = r.report;
    const counts = `${c.found} found, ${c.imported} imported, ${c.duplicates} duplicate, ${c.failed} failed, ${c.skipped} skipped`;
    return `container  ${file}: ${counts}${c.incomplete ? `; ${terminalField(c.incomplete.message)}` : ''}`;
  }
  if (r.status === 'duplicate') return `duplicate  of #${r.duplicateOf}  ${title}  (${file})`;
  if (r.status === 'skipped') return `skipped    ${file} (${r.skipped ? SKIP_REASON[r.skipped] : 'not a document'})`;
  return `failed     ${file}: ${terminalField(r.error?.message ?? 'unknown error')} (${r.error?.code ?? 'INTERNAL'})`;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary:
    'Import files and folders (recursive): web pages, MHTML, PDF, Word, e-mail, text, Markdown, scans and pictures.',
  usage: 'dossier import PATH... [--password P] [--max-size MB] [--lang L] [--no-wait] [--json]',
  help: [
    'Every file ends as imported, duplicate (of an existing article) or failed with a reason.',
    'With --json, one JSON line per file, printed as each file finishes.',
    'Archives (zip, tar, tar.gz) and mailboxes (mbox) get one line of their own with their completeness',
    'report, then one line per member, whose "container" and "member" fields give where it was found.',
    '  --password P    password for encrypted PDFs and zip archives',
    '  --max-size MB   largest file to import (default 200, or $DOSSIER_IMPORT_MAX_MB)',
    'Scans (PDFs without a text layer, their image pages) and pictures (PNG, JPEG, TIFF, WebP, GIF, BMP)',
    'are imported at once as "text pending", then read by OCR; the command waits for OCR (page n of m on',
    'stderr) unless --no-wait (OCR then resumes when the library is next opened, by the app or the CLI).',
    '  --lang L        OCR languages for these scans, e.g. fra+eng (default: the library setting, eng)',
    '  --no-wait       do not wait for OCR',
    'Exit code 1 when any file failed.',
  ].join('\n'),
  options: {
    password: { type: 'string' },
    'max-size': { type: 'string' },
    lang: { type: 'string' },
    'no-wait': { type: 'boolean' },
  },
  positionals: { min: 1, name: 'files or folders' },
  async run(input) {
    const maxSize = input.values['max-size'];
    if (typeof maxSize === 'string') {
      const mb = Number(maxSize);
      if (!Number.isFinite(mb) || mb <= 0) {
        input.warn(
          `dossier import: --max-size must be a positive number of megabytes. Usage: dossier import PATH... [--password P] [--max-size MB] [--json]`,
        );
        return EXIT.usage;
      }
      // The import handlers read the cap from the environment when the core opens.
      process.env.DOSSIER_IMPORT_MAX_MB = String(mb);
    }
    const core = input.openCore();
    const printed = new Set<ImportFileResult>();
    const emit = (r: ImportFileResult): void => {
      printed.add(r);
      input.print(input.json ? JSON.stringify(r) : describe(r));
    };
    const off = core.events.on('import:progress', (p) => {
      if (p.result) emit(p.result);
    });
    let results: ImportFileResult[];
    try {
      const password = typeof input.values.password === 'string' ? input.values.password : undefined;
      const lang = typeof input.values.lang === 'string' ? input.values.lang : undefined;
      results = (
        await core.api.importPaths({
          paths: input.positionals,
          ...(password !== undefined ? { password } : {}),
          ...(lang !== undefined ? { ocrLanguages: lang } : {}),
        })
      ).results;
    } finally {
      off();
    }
    if (input.values['no-wait'] !== true) await waitForOcr(core, input);
    for (const r of results) if (!printed.has(r)) emit(r);
    const count = (s: ImportFileResult['status']): number =>
      results.filter((r) => r.status === s && r.report === undefined).length;
    if (!input.json) {
      const skipped = count('skipped') > 0 ? `, ${count('skipped')} skipped` : '';
      input.warn(
        `${count('imported')} imported, ${count('duplicate')} duplicate, ${count('failed')} failed${skipped}.`,
      );
    }
    return count('failed') > 0 ? EXIT.failed : EXIT.ok;
  },
};
