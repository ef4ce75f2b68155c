import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listCorpus } from '../../../core/import/corpus';
import { makePdf } from '../../../test-support/make-pdf';
import { makeDocx } from '../../../test-support/make-zip';
import { pick, seededRandom } from './support';

/**
 * Files the suite makes: articles in every format the importer takes, each with text of its
 * own (a seed and an index in every sentence), so no two are duplicates of each other.
 */

const WORDS = (
  'export licence chip accelerator ministry regulator court ruling budget election harbour port shipment ' +
  'senator minister company factory supplier contract tender audit leak document source interview archive ' +
  'council inquiry tribunal memo agency report statement figure percent quarter revenue loss fine penalty'
).split(' ');

function paragraph(random: () => number, tag: string, n: number): string {
  const words = Array.from({ length: 40 + Math.floor(random() * 60) }, () => pick(random, WORDS));
  return `Report ${tag} paragraph ${n}: ${words.join(' ')}.`;
}

/** Cheap formats dominate so a 300-file import stays short; every format is present. */
const FORMATS = ['txt', 'md', 'html', 'eml', 'txt', 'md', 'html', 'docx', 'txt', 'pdf'] as const;

function render(
  format: 'txt' | 'md' | 'html' | 'eml' | 'docx' | 'pdf',
  title: string,
  paragraphs: string[],
): Buffer | string {
  switch (format) {
    case 'txt':
      return `${title}\n\n${paragraphs.join('\n\n')}\n`;
    case 'md':
      return `# ${title}\n\n${paragraphs.join('\n\n')}\n`;
    case 'html':
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    case 'eml':
      return [
        'From: Desk <desk@example.org>',
        'To: Reporter <reporter@example.org>',
        `Subject: ${title}`,
        'Date: Tue, 3 Oct 2023 10:00:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        ...paragraphs,
        '',
      ].join('\r\n');
    case 'docx':
      return makeDocx([title, ...paragraphs], { title });
    case 'pdf':
      return makePdf({ title, pages: [[title, ...paragraphs.flatMap((p) => p.match(/.{1,90}(\s|$)/g) ?? [])]] });
  }
}

/** Writes `count` distinct articles into `dir` (created); returns their paths. */
export function makeArticleFiles(dir: string, count: number, seed: number, label = `s${seed}`): string[] {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const format = FORMATS[i % FORMATS.length]!;
    const tag = `${label}-${i}`;
    const title = `Dispatch ${tag} on ${pick(random, WORDS)} and ${pick(random, WORDS)}`;
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 5) }, (_, n) => paragraph(random, tag, n));
    const path = join(dir, `${String(i).padStart(4, '0')}-${tag}.${format}`);
    writeFileSync(path, render(format, title, paragraphs));
    paths.push(path);
  }
  return paths;
}

/** The real fixture files (../shared/fixtures), or [] with the reason when they are absent. */
export function realFixtures(): { paths: string[]; skipped?: string } {
  const corpus = listCorpus();
  if (!corpus || corpus.length === 0)
    return { paths: [], skipped: 'no ../shared/fixtures (set DOSSIER_FIXTURES): real files skipped, made files only' };
  return { paths: corpus.map((f) => f.path).filter((p) => existsSync(p)) };
}

/** Copies files into `dir` under unique names (so one folder import sees them all). */
export function copyInto(dir: string, paths: string[], prefix: string): string[] {
  mkdirSync(dir, { recursive: true });
  return paths.map((p, i) => {
    const to = join(dir, `${prefix}${String(i).padStart(4, '0')}-${basename(p)}`);
    copyFileSync(p, to);
    return to;
  });
}
