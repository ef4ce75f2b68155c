import { scanWords } from '../search/tokenize';
import { toSearchLanguage, type TermAnalyzer } from '../search/languages';
import { splitQuotedHistory } from '../../../preload/contract/mail-quotes';

/**
 * Fingerprints for near-copy detection. A text becomes a set of word shingles (three consecutive
 * words after the language's normalisation: case and accents folded, punctuation gone, stop words
 * dropped, words stemmed by the same lunr pipeline search uses), hashed to 32 bits. A MinHash
 * signature of that set is cut into bands for locality-sensitive hashing: two texts whose
 * shingle sets overlap much share a band with high probability, two that share a topic almost never.
 */

/** Words per shingle: three survive a changed word in most places yet rarely repeat across stories. */
export const SHINGLE_WORDS = 3;
/** Rows per band and bands: 42 × 3 = 126 MinHash values. See BAND_ROWS below for the trade-off. */
export const BANDS = 42;
/**
 * With r rows and b bands a pair with Jaccard similarity s becomes a candidate with probability
 * 1 - (1 - s^r)^b: with 3 × 42 that is 0.94 at s = 0.4 (a copy holding 40% of the original), 0.996 at
 * 0.5 and 0.04 at 0.1, so trimmed copies are found and unrelated texts are rarely even looked at.
 */
export const BAND_ROWS = 3;
const SIGNATURE_LENGTH = BANDS * BAND_ROWS;
/** Below this many shingles (about 25 words) a text is too short to call anything a copy of it. */
export const MIN_SHINGLES = 12;

export interface Fingerprint {
  /** Distinct shingle hashes, sorted ascending (for exact containment by merging). */
  shingles: Uint32Array;
  /** The LSH band keys (band number × 2^32 + band hash); empty for a text too short to compare. */
  bandKeys: number[];
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One seed per MinHash function, fixed so fingerprints are the same in every process and version. */
const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_LENGTH);
  let s = 0x2545f491;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    s = fmix32(s + 0x9e3779b9);
    seeds[i] = s;
  }
  return seeds;
})();

/** The normalised words of a text: folded, stop words dropped, stemmed (CJK runs kept whole). */
export function normalisedWords(analyzer: TermAnalyzer, text: string, languageTag: string | null): string[] {
  const language = toSearchLanguage(languageTag);
  const spans = scanWords(text);
  const words: string[] = [];
  for (let k = 0; k < spans.count; k++) {
    const word = text.slice(spans.starts[k]!, spans.ends[k]!);
    if (spans.cjk[k] === 1) {
      words.push(word);
      continue;
    }
    const term = analyzer.termOf(word, language);
    if (term !== null) words.push(term);
  }
  return words;
}

/**
 * The sorted distinct shingle hashes of a text. A reply's quoted history is left out: a reply that
 * quotes a whole message would otherwise "contain" it and fold the thread into one family.
 */
export function shingleSet(analyzer: TermAnalyzer, text: string, languageTag: string | null): Uint32Array {
  const words = normalisedWords(analyzer, splitQuotedHistory(text).own, languageTag);
  const hashes = words.map(fnv1a);
  const count = Math.max(0, hashes.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = hashes[i]!;
    for (let j = 1; j < SHINGLE_WORDS; j++) h = fmix32(Math.imul(h, 31) ^ hashes[i + j]!);
    out[i] = h;
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** The MinHash signature: for each seeded hash function, the least value over the shingles. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (let i = 0; i < shingles.length; i++) {
    const x = shingles[i]!;
    for (let k = 0; k < SIGNATURE_LENGTH; k++) {
      const h = fmix32(x ^ SEEDS[k]!);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** The band keys of a signature: each band's rows hashed together, tagged with the band's number. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = new Array<number>(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = 0x9747b28c ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = fmix32(Math.imul(h, 31) ^ signature[b * BAND_ROWS + r]!);
    keys[b] = b * 0x100000000 + h;
  }
  return keys;
}

/** A text's fingerprint; a text too short to compare gets its shingles but no band keys. */
export function fingerprintText(analyzer: TermAnalyzer, text: string, languageTag: string | null): Fingerprint {
  const shingles = shingleSet(analyzer, text, languageTag);
  if (shingles.length < MIN_SHINGLES) return { shingles, bandKeys: [] };
  return { shingles, bandKeys: bandKeys(minhashSignature(shingles)) };
}

/** How many shingles two sorted sets share. */
export function sharedShingles(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
