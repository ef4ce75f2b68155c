import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlToText } from './text-stats';

/**
 * The shared real-world fixture corpus (../shared/fixtures): which files to import, what each
 * must end as, and how extraction is scored against Readability's expected output. Used by the
 * corpus test (outcomes) and the import benchmark (scores, throughput).
 */

/** `../shared/fixtures` beside the checkout (npm scripts and tests run from the checkout's root). */
export const DEFAULT_CORPUS_DIR = process.env.DOSSIER_FIXTURES ?? resolve(process.cwd(), '..', 'shared', 'fixtures');

/** What a corpus file must end as. */
export type Expectation =
  | { kind: 'imports' }
  | { kind: 'encrypted'; password: string | null }
  | { kind: 'imports-or'; codes: string[]; why: string };

export interface CorpusFile {
  path: string;
  source: string;
  stratum: string;
  unit: string;
  note: string;
  /** For readability pages: the language from the manifest (BCP 47). */
  language: string | null;
  expect: Expectation;
}

interface ManifestEntry {
  path: string;
  source: string;
  stratum?: string;
  unit: string;
  note?: string;
  language?: string;
}

/** Files with no text at all in the corpus: EMPTY is the honest outcome for them. */
const TEXTLESS = new Map([
  ['mammoth/empty.docx', 'a document with no text'],
  ['mammoth/external-picture.docx', 'only a linked picture, no text'],
]);

function expectationFor(e: ManifestEntry): Expectation {
  const note = e.note ?? '';
  if (e.stratum === 'encrypted') {
    if (/owner password only/i.test(note)) return { kind: 'imports' };
    return { kind: 'encrypted', password: /password '([^']+)'/i.exec(note)?.[1] ?? null };
  }
  if (e.stratum === 'corrupt')
    return { kind: 'imports-or', codes: ['CORRUPT_FILE', 'EMPTY'], why: 'deliberately damaged PDF' };
  if (e.stratum === 'malformed')
    return { kind: 'imports-or', codes: ['CORRUPT_FILE', 'EMPTY'], why: 'deliberately damaged web archive' };
  const textless = TEXTLESS.get(e.path);
  if (textless) return { kind: 'imports-or', codes: ['EMPTY'], why: textless };
  return { kind: 'imports' };
}

/** The importable files of the corpus (readability pages: source.html only), or null when absent. */
export function listCorpus(root = DEFAULT_CORPUS_DIR): CorpusFile[] | null {
  const manifestPath = join(root, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: ManifestEntry[] };
  return manifest.files
    .filter((e) => e.source !== 'readability' || e.path.endsWith('/source.html'))
    .filter((e) => existsSync(join(root, e.path)))
    .map((e) => ({
      path: join(root, e.path),
      source: e.source,
      stratum: e.stratum ?? '',
      unit: e.unit,
      note: e.note ?? '',
      language: e.language ?? null,
      expect: expectationFor(e),
    }));
}

export interface ExpectedPage {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  language: string | null;
  text: string;
}

/** Readability's expected metadata and body text for one page folder. */
export function readExpected(pageDir: string, language: string | null): ExpectedPage {
  const meta = JSON.parse(readFileSync(join(pageDir, 'expected-metadata.json'), 'utf8')) as Record<
    string,
    string | null
  >;
  return {
    title: meta.title ?? null,
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    language: meta.lang ?? language,
    text: htmlToText(readFileSync(join(pageDir, 'expected.html'), 'utf8')),
  };
}

/** Folds case, width, quotes and spacing so cosmetic differences do not count as misses. */
export function foldForCompare(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Title or site name agreement: equal after folding (both empty counts as agreement). */
export function agrees(expected: string | null, got: string | null): boolean {
  return foldForCompare(expected) === foldForCompare(got);
}

/** Byline agreement: one contains the other after folding and dropping a leading "by". */
export function bylineAgrees(expected: string | null, got: string | null): boolean {
  const e = foldForCompare(expected).replace(/^by:?\s+/, '');
  const g = foldForCompare(got).replace(/^by:?\s+/, '');
  if (e === '' || g === '') return e === g;
  return e.includes(g) || g.includes(e);
}

/** Language agreement on the primary subtag ("pt-BR" and "pt" agree). */
export function languageAgrees(expected: string | null, got: string | null): boolean {
  const primary = (s: string | null): string => (s ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return primary(expected) === primary(got);
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-tokens F1 between the expected body text and ours (CJK characters count as tokens). */
export function tokenF1(expected: string, got: string): number {
  const want = new Map<string, number>();
  for (const t of tokens(expected)) want.set(t, (want.get(t) ?? 0) + 1);
  const gotTokens = tokens(got);
  if (want.size === 0 || gotTokens.length === 0) return want.size === 0 && gotTokens.length === 0 ? 1 : 0;
  let overlap = 0;
  for (const t of gotTokens) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      want.set(t, n - 1);
    }
  }
  const expectedCount = tokens(expected).length;
  const precision = overlap / gotTokens.length;
  const recall = overlap / expectedCount;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
