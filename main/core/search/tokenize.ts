/** One word of a text, with its place in the original string (UTF-16 offsets). */
export interface WordToken {
  word: string;
  start: number;
  end: number;
  /** A run of Han, kana or Hangul: indexed as overlapping character pairs, not stemmed. */
  cjk: boolean;
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const CJK_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]/u;
const HAS_CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);

/** Kinds of character: not part of a word, word character, CJK character. */
const NONE = 0;
const WORD = 1;
const CJK = 2;

/**
 * The kind of the character at `i` in the low two bits, its width in UTF-16 units (1 or 2) above
 * them: one small integer, so the scanner allocates nothing per character. ASCII is decided
 * without a regex.
 */
function classify(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD | 4 : NONE | 4;
  const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  const ch = width === 2 ? text.slice(i, i + 2) : text[i]!;
  if (CJK_CHAR_RE.test(ch)) return CJK | (width << 2);
  return (WORD_CHAR_RE.test(ch) ? WORD : NONE) | (width << 2);
}

/** True for an ASCII letter or digit (the common case, decided inline). */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Where a text's words are, without their strings: parallel arrays of start and end offsets
 * (UTF-16) and a CJK flag (1 for a Han, kana or Hangul run). Snippets scan every top hit on every
 * query and look at few of its words, so slicing each word into a string would be wasted.
 */
export interface WordSpans {
  /** How many words (the arrays may be longer). */
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  cjk: Uint8Array;
}

/**
 * Splits text into words (letters, digits, combining marks) and CJK runs, with offsets. A
 * one-letter fragment glued to an apostrophe (the "l" of "l'usine", the "s" of "Atlanta's") is
 * dropped: it is an elision, not a word a reporter searches. A hand-written scanner, because
 * snippets scan every top hit on every query.
 */
export function scanWords(text: string): WordSpans {
  const n = text.length;
  // Prose averages five or more characters a word; the arrays grow for denser text.
  let starts = new Int32Array((n >> 2) + 16);
  let ends = new Int32Array(starts.length);
  let cjk = new Uint8Array(starts.length);
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII is decided inline: punctuation and spaces skipped, letters and digits start a word.
    const first = c < 128 ? (isAsciiWordCode(c) ? WORD | 4 : NONE | 4) : classify(text, i);
    const kind = first & 3;
    if (kind === NONE) {
      i += first >> 2;
      continue;
    }
    const start = i;
    i += first >> 2;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        // An ASCII letter or digit continues a word run and ends a CJK run; anything else ASCII ends both.
        if (kind === WORD && isAsciiWordCode(d)) {
          i++;
          continue;
        }
        break;
      }
      const next = classify(text, i);
      if ((next & 3) !== kind) break;
      i += next >> 2;
    }
    // A lone letter beside an apostrophe is an elision; a lone digit is kept.
    if (kind === WORD && i - start === 1 && isElision(text, start, i) && !(c >= 48 && c <= 57)) continue;
    if (count === starts.length) {
      starts = grow(starts, new Int32Array(count * 2));
      ends = grow(ends, new Int32Array(count * 2));
      cjk = grow(cjk, new Uint8Array(count * 2));
    }
    starts[count] = start;
    ends[count] = i;
    cjk[count] = kind === CJK ? 1 : 0;
    count++;
  }
  return { count, starts, ends, cjk };
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The words of a text (see scanWords), each with its string. */
export function tokenizeText(text: string): WordToken[] {
  const { count, starts, ends, cjk } = scanWords(text);
  const out: WordToken[] = new Array<WordToken>(count);
  for (let k = 0; k < count; k++)
    out[k] = { word: text.slice(starts[k]!, ends[k]!), start: starts[k]!, end: ends[k]!, cjk: cjk[k] === 1 };
  return out;
}

function isElision(text: string, start: number, end: number): boolean {
  return APOSTROPHES.has(text[start - 1] ?? '') || APOSTROPHES.has(text[end] ?? '');
}

/**
 * The index terms of a CJK run: its overlapping character pairs, then its last character alone,
 * so any substring of two or more characters is a phrase of pairs and a single character is a
 * prefix of some term.
 */
export function cjkTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  terms.push(chars[chars.length - 1]!);
  return terms;
}

/** The pairs a CJK query run must match as a phrase (a single character is matched as a prefix). */
export function cjkQueryTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  return terms;
}

/** True when the word contains Han, kana or Hangul. */
export function hasCjk(word: string): boolean {
  return HAS_CJK_RE.test(word);
}
