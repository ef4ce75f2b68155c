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

/** 0: not part of a word, 1: word character, 2: CJK character. ASCII is decided without a regex. */
function classify(text: string, i: number): { kind: 0 | 1 | 2; width: 1 | 2 } {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const isWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    return { kind: isWord ? 1 : 0, width: 1 };
  }
  const width: 1 | 2 = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  const ch = width === 2 ? text.slice(i, i + 2) : text[i]!;
  if (CJK_CHAR_RE.test(ch)) return { kind: 2, width };
  return { kind: WORD_CHAR_RE.test(ch) ? 1 : 0, width };
}

/**
 * Splits text into words (letters, digits, combining marks) and CJK runs, with offsets. A
 * one-letter fragment glued to an apostrophe (the "l" of "l'usine", the "s" of "Atlanta's") is
 * dropped: it is an elision, not a word a reporter searches. A hand-written scanner, because
 * snippets tokenize every top hit on every query.
 */
export function tokenizeText(text: string): WordToken[] {
  const out: WordToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const { kind, width } = classify(text, i);
    if (kind === 0) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < n) {
      const next = classify(text, i);
      if (next.kind !== kind) break;
      i += next.width;
    }
    const word = text.slice(start, i);
    if (kind === 2) {
      out.push({ word, start, end: i, cjk: true });
      continue;
    }
    if (i - start === 1 && isElision(text, start, i) && !(word >= '0' && word <= '9')) continue;
    out.push({ word, start, end: i, cjk: false });
  }
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
