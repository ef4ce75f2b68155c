import type { ArticleId, OcrJobSummary } from '../../../../preload/api';
import { EXIT, type CliCommand } from '../command';
import { terminalField } from '../output';
import { waitForOcr } from './ocr-wait';

const USAGE = 'dossier ocr status [--json] | dossier ocr retry ID [--lang fra+eng] [--no-wait] [--json]';

function describe(j: OcrJobSummary): string {
  const pages = `${j.ocrPagesFinished}/${j.ocrPages} pages`;
  const notes = [
    j.note === 'no-text' ? 'no text found' : '',
    j.lowQualityPages.length > 0 ? `low-quality scan: page ${j.lowQualityPages.join(', ')}` : '',
  ].filter((n) => n !== '');
  return `#${j.articleId}  ${j.status.padEnd(9)}  ${pages.padEnd(11)}  ${j.languages.padEnd(8)}  ${terminalField(j.title)}  (${terminalField(j.fileName)})${notes.length ? `  [${notes.join('; ')}]` : ''}`;
}

export const ocrCommand: CliCommand = {
  name: 'ocr',
  summary: 'OCR of scans and pictures: list pending and finished work, or read an article again.',
  usage: USAGE,
  help: [
    'ocr status       every OCR job, pending first: pages read, languages, low-quality pages.',
    "ocr retry ID     read an article's scanned pages again (the failed or cancelled ones; all of them",
    '                 with --lang), and wait for it unless --no-wait (it then resumes when the app opens).',
    '  --lang L       Tesseract languages, e.g. eng, fra+eng, deu, chi_sim',
  ].join('\n'),
  options: { lang: { type: 'string' }, 'no-wait': { type: 'boolean' } },
  positionals: { min: 1, max: 2, name: 'status | retry ID' },
  async run(input) {
    const [sub, idText] = input.positionals;
    if (sub === 'status' && idText === undefined) {
      const jobs = await input.openCore().api.listOcrJobs();
      if (input.json) input.print(JSON.stringify({ jobs }));
      else if (jobs.length === 0) input.print('No OCR work: no scan or picture has been imported.');
      else for (const j of jobs) input.print(describe(j));
      return EXIT.ok;
    }
    const id = Number(idText);
    if (sub !== 'retry' || !Number.isSafeInteger(id) || id < 1) {
      input.warn(`dossier ocr: expected "status" or "retry ID". Usage: ${USAGE}`);
      return EXIT.usage;
    }
    const core = input.openCore();
    const lang = input.values.lang;
    await core.api.retryOcr({ id: id as ArticleId, ...(typeof lang === 'string' ? { languages: lang } : {}) });
    if (input.values['no-wait'] !== true) await waitForOcr(core, input);
    const job = (await core.api.listOcrJobs()).find((j) => j.articleId === id)!;
    input.print(input.json ? JSON.stringify(job) : describe(job));
    return job.status === 'failed' ? EXIT.failed : EXIT.ok;
  },
};
