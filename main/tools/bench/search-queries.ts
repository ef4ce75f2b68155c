import { BENCH_TAGS, type BrownCorpus } from '../../test-support/search-corpus';
import { seededRandom } from '../../test-support/seeded-random';

export const QUERY_TYPES = ['term', 'rare', 'and', 'phrase', 'prefix', 'fuzzy', 'filtered'] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

/** How many times each query is timed (ours and the reference alike); its median counts. */
export const TIMING_ROUNDS = 3;

/** The middle value (the lower middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1]!;
}

/** One benchmark query in Dossier's language and, where one exists, its plain-FTS5 equivalent. */
export interface BenchQuery {
  type: QueryType;
  query: string;
  /** MATCH expression for the reference, and optional tag/date filters; null: no equivalent. */
  ref: { match: string; tag?: string; from?: string; to?: string } | null;
}

const STOP = new Set(
  'the of and to a in that is was he for it with as his on be at by i had not are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people mr how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
    ' ',
  ),
);

/**
 * The fixed query mix (230 queries): common terms, rare terms, two-term AND, two-word phrases,
 * prefixes, one-edit typos and filtered terms, drawn deterministically from the corpus.
 */
export function buildQueryMix(corpus: BrownCorpus): BenchQuery[] {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const ranked = [...corpus.wordCounts]
    .filter(([w]) => w.length >= 4 && !STOP.has(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const common = ranked.slice(0, 400).map(([w]) => w);
  const medium = ranked.slice(400, 3000).map(([w]) => w);
  const rare = ranked.filter(([, n]) => n >= 2 && n <= 4).map(([w]) => w);
  const out: BenchQuery[] = [];
  const add = (type: QueryType, query: string, ref: BenchQuery['ref']): void => {
    out.push({ type, query, ref });
  };
  for (let i = 0; i < 40; i++) {
    const w = pick(common);
    add('term', w, { match: w });
  }
  for (let i = 0; i < 30; i++) {
    const w = pick(rare);
    add('rare', w, { match: w });
  }
  for (let i = 0; i < 40; i++) {
    const a = pick(common);
    const b = pick(medium);
    add('and', `${a} ${b}`, { match: `${a} ${b}` });
  }
  const sentences = corpus.documents.flat();
  while (out.filter((q) => q.type === 'phrase').length < 30) {
    const words = pick(sentences).split(' ');
    const k = Math.floor(random() * Math.max(1, words.length - 1));
    const a = words[k] ?? '';
    const b = words[k + 1] ?? '';
    if (
      !/^[A-Za-z]{3,}$/u.test(a) ||
      !/^[A-Za-z]{3,}$/u.test(b) ||
      STOP.has(a.toLowerCase()) ||
      STOP.has(b.toLowerCase())
    )
      continue;
    add('phrase', `"${a} ${b}"`, { match: `"${a} ${b}"` });
  }
  for (let i = 0; i < 30; i++) {
    const w = pick(medium);
    const p = w.slice(0, Math.min(w.length - 1, 4 + Math.floor(random() * 2)));
    add('prefix', `${p}*`, { match: `${p}*` });
  }
  for (let i = 0; i < 30; i++) {
    const w = pick(random() < 0.5 ? common : medium);
    const k = 1 + Math.floor(random() * (w.length - 2));
    const typo = w.slice(0, k) + String.fromCharCode(97 + Math.floor(random() * 26)) + w.slice(k + 1);
    add('fuzzy', `${typo}~1`, null);
  }
  for (let i = 0; i < 30; i++) {
    const w = pick(common);
    if (i % 2 === 0) {
      const tag = pick(BENCH_TAGS);
      add('filtered', `${w} tag:${tag}`, { match: w, tag });
    } else {
      const y = 2019 + Math.floor(random() * 5);
      add('filtered', `${w} date:${y}-01..${y + 1}-06`, { match: w, from: `${y}-01`, to: `${y + 1}-07` });
    }
  }
  return out;
}
