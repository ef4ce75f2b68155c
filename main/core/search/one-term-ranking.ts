import type { Db } from '../../../db/open';
import { listTermOccurrences, SEARCH_COLUMNS } from '../../../db/search-fts-stats';
import { BM25_WEIGHTS, compareByRelevance, type HitRow, type NotedHit } from '../../../db/search-hits';
import { countTermDocs } from '../../../db/search-index';
import type { DocLengths } from './doc-lengths';

/** FTS5's bm25 constants (fts5_aux.c). */
const K1 = 1.2;
const B = 0.75;

/**
 * Up to this many documents, a one-term search scores its hits itself rather than through FTS5's
 * bm25(). bm25() looks up every hit's size in a table (a B-tree search per hit), and a search
 * reads the term's postings three times (to list its hits, to count them for the IDF, to rank
 * them). Here the postings are read once and the sizes come from memory. In the benchmark's
 * query mix at 50,000 articles, a whole search for a word found in about a thousand articles
 * took 1.2 ms instead of 1.65 ms. The saving shrinks as a word gets more common, since this reads
 * every occurrence and allocates per hit: the two ways were level at 3,000 to 5,000 articles, and
 * this one lost beyond.
 */
export const IN_MEMORY_MAX_DOCS = 3000;

/** Index terms FTS5's tokenizer (unicode61) keeps whole and unchanged: lowercase ASCII letters and digits. */
const PLAIN_TERM_RE = /^[a-z0-9]+$/u;

const WEIGHT_BY_COLUMN = Float64Array.from(SEARCH_COLUMNS, (_, i) => BM25_WEIGHTS[i] ?? 1);

/**
 * Every hit of a one-term search, scored as FTS5's bm25() with the search's column weights scores
 * it (same formula, same statistics; hit-ranking.test holds them together), with the articles a
 * note matches merged in as rankSearchHits merges them. Null when this cannot answer (a term
 * FTS5 would split, a common word, unreadable statistics): FTS5 then ranks.
 */
export function scoreOneTermHits(
  db: Db,
  term: string,
  lengths: DocLengths,
  noted: readonly NotedHit[],
): HitRow[] | null {
  if (!PLAIN_TERM_RE.test(term) || (countTermDocs(db, [term]).get(term) ?? 0) > IN_MEMORY_MAX_DOCS) return null;
  const totals = lengths.sync();
  if (totals === null) return null;
  // Weighted frequency per document: each occurrence adds its column's weight (bm25's aFreq).
  const frequency = new Map<number, number>();
  for (const packed of listTermOccurrences(db, term)) {
    const doc = Math.floor(packed / 4);
    frequency.set(doc, (frequency.get(doc) ?? 0) + WEIGHT_BY_COLUMN[packed % 4]!);
  }
  const scored: HitRow[] = [];
  if (frequency.size > 0) {
    // Written as fts5Bm25Function writes it, operation for operation, so scores come out the same
    // (to the last bit, or one apart where Math.log and C's log round differently).
    const { documents, tokens } = totals;
    const avgdl = tokens / documents;
    let idf = Math.log((documents - frequency.size + 0.5) / (frequency.size + 0.5));
    if (idf <= 0) idf = 1e-6;
    for (const [id, f] of frequency) {
      const D = lengths.lengthOf(id);
      scored.push({ id, score: -1.0 * (idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * D) / avgdl)))) });
    }
  }
  if (noted.length === 0) return scored;
  // A noted article scores its own bm25 (0 when its text lacks the term) plus its note's.
  const byId = new Map(scored.map((h) => [h.id, h]));
  for (const n of noted) {
    const own = byId.get(n.id);
    if (own) own.score += n.score;
    else byId.set(n.id, { id: n.id, score: n.score });
  }
  return [...byId.values()];
}

/** The best `limit` hits by relevance (lower score first, then the newer id), as rankSearchHits orders them. */
export function topHits(hits: readonly HitRow[], limit: number): HitRow[] {
  const better = compareByRelevance;
  if (limit <= 0) return [];
  if (limit > 64 || hits.length <= limit) return [...hits].sort(better).slice(0, limit);
  // A few from many: one pass, keeping the best so far in order.
  const top: HitRow[] = [];
  for (const h of hits) {
    if (top.length === limit && better(h, top[limit - 1]!) >= 0) continue;
    let i = top.length < limit ? top.length : limit - 1;
    while (i > 0 && better(h, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = h;
  }
  return top;
}
