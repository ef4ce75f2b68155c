import type { WordSpans } from './tokenize';

/** Words kept before and after each match: enough for the snippet window (32 words, from 6 before its first match). */
const WORDS_BEFORE = 7;
const WORDS_AFTER = 40;
/** Index jump standing for words never scanned: larger than the window, so no window spans it. */
const UNSCANNED = 64;

/**
 * Word spans of an ASCII text around some matches, for buildSnippet, without scanning the rest.
 * `index` gives each kept word a position that agrees with its real word index wherever the
 * snippet window can tell: exact within a run of scanned words, and at least the window apart
 * across words never scanned. `virtualCount` is the matching word count.
 */
export interface WindowedWords extends WordSpans {
  index: Int32Array;
  virtualCount: number;
}

/**
 * The words around `marks` (ascending offsets where a word starts) in a text with only ASCII
 * characters, split as scanWords splits it: runs of letters and digits, a lone letter beside an
 * apostrophe dropped. Returns null when a mark is not a word start (the caller scans in full).
 */
export function scanWordsAround(text: string, marks: readonly number[]): WindowedWords | null {
  // At most: the words before each match, the match, the words after it; and no more than the text holds.
  const capacity = Math.min(marks.length * (WORDS_BEFORE + WORDS_AFTER + 1) + WORDS_BEFORE + WORDS_AFTER, (text.length >> 1) + 1);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const index = new Int32Array(capacity);
  let count = 0;
  let v = 0;
  let pos = 0;
  const push = (s: number, e: number): void => {
    starts[count] = s;
    ends[count] = e;
    index[count++] = v++;
  };
  const openSegment = (p: number, first: boolean): void => {
    const before = scanBack(text, p, WORDS_BEFORE);
    // Fewer words than asked: they reach the text's start, so their indices are real.
    v = first && before.length < WORDS_BEFORE * 2 ? 0 : v + UNSCANNED;
    for (let k = before.length - 2; k >= 0; k -= 2) push(before[k]!, before[k + 1]!);
    pos = before.length > 0 ? before[1]! : pos;
  };
  for (let m = 0; m < marks.length; m++) {
    const p = marks[m]!;
    if (m === 0) openSegment(p, true);
    else {
      let budget = WORDS_AFTER;
      for (;;) {
        const s = nextWord(text, pos);
        if (s < 0 || s >= p) break;
        if (budget-- === 0) {
          // More than the window's width since the last match: the words between are not needed.
          openSegment(p, false);
          break;
        }
        push(s, wordEnd);
        pos = wordEnd;
      }
    }
    const s = nextWord(text, pos);
    if (s !== p) return null;
    push(s, wordEnd);
    pos = wordEnd;
  }
  let atEnd = false;
  for (let k = 0; k < WORDS_AFTER; k++) {
    const s = nextWord(text, pos);
    if (s < 0) {
      atEnd = true;
      break;
    }
    push(s, wordEnd);
    pos = wordEnd;
  }
  return { count, starts, ends, cjk: new Uint8Array(count), index, virtualCount: atEnd ? v : v + UNSCANNED };
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A lone letter beside an apostrophe is an elision ("l'usine"), not a word (see scanWords). */
function isElision(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const c = text.charCodeAt(s);
  return !(c >= 48 && c <= 57) && (text[s - 1] === "'" || text[e] === "'");
}

/** The end of the word nextWord last found (a second return value, so the scan allocates nothing). */
let wordEnd = 0;

/** The start of the first word starting at or after `from` (its end in wordEnd), or -1. */
function nextWord(text: string, from: number): number {
  const n = text.length;
  let i = from;
  for (;;) {
    while (i < n && !isAlnum(text.charCodeAt(i))) i++;
    if (i >= n) return -1;
    const s = i;
    while (i < n && isAlnum(text.charCodeAt(i))) i++;
    if (!isElision(text, s, i)) {
      wordEnd = i;
      return s;
    }
  }
}

/** Up to `n` words ending at or before `to` (a word start or the text's end), nearest first, as flat [start, end, ...]. */
function scanBack(text: string, to: number, n: number): number[] {
  const out: number[] = [];
  let i = to;
  while (out.length < n * 2) {
    while (i > 0 && !isAlnum(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    const e = i;
    while (i > 0 && isAlnum(text.charCodeAt(i - 1))) i--;
    if (!isElision(text, i, e)) out.push(i, e);
  }
  return out;
}
