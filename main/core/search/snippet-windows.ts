/**
 * The snippet window of a text whose words are all ASCII (see ASCII_WORDS_RE in snippets.ts),
 * found from its matches without splitting the whole text into words. A search cuts snippets from its twenty top hits, which are long texts with few
 * matches: only the words between nearby matches and around the chosen window are ever read.
 * The result is the window buildSnippet's full scan picks (snippet-windows.test holds them
 * together).
 */

/** A snippet shows this many words. */
export const WINDOW_WORDS = 32;
/** Words shown before the window's first match. */
export const WORDS_BEFORE = 6;

/**
 * The character range [from, to) of the snippet window: the WINDOW_WORDS words from WORDS_BEFORE
 * before the match that starts the window with the most distinct matches (then the most
 * matches; the earliest on a tie). A window that reaches the text's first or last word extends
 * to its start or end. `ranges` are whole words of a text of ASCII words, ascending.
 */
export function asciiSnippetBounds(text: string, ranges: readonly (readonly [number, number])[]): [number, number] {
  const n = ranges.length;
  // Word distance of each match from the first; a gap of a window or more is only known to be that long.
  const position = new Float64Array(n);
  for (let i = 1; i < n; i++)
    position[i] = position[i - 1]! + 1 + countWords(text, ranges[i - 1]![1], ranges[i]![0], WINDOW_WORDS);
  const best = bestWindowStart(text, ranges, position);
  const start = ranges[best]![0];
  // WORDS_BEFORE words back, and whether the text has more before them (else the snippet starts at 0).
  let from = start;
  let before = 0;
  let i = start;
  while (before <= WORDS_BEFORE) {
    const s = previousWordStart(text, i);
    if (s < 0) break;
    before++;
    if (before <= WORDS_BEFORE) from = s;
    i = s;
  }
  if (before <= WORDS_BEFORE) from = 0;
  // The rest of the window's words from the match on; the text's end when they reach its last word.
  let shown = WINDOW_WORDS - Math.min(before, WORDS_BEFORE);
  let to = start;
  for (let p = start; shown > 0; shown--) {
    const s = nextWord(text, p);
    if (s < 0) return [from, text.length];
    to = wordEnd;
    p = wordEnd;
  }
  return [from, nextWord(text, to) < 0 ? text.length : to];
}

/** The match whose window holds the most distinct matched words (case-folded), then the most matches; the first such. */
function bestWindowStart(text: string, ranges: readonly (readonly [number, number])[], position: Float64Array): number {
  const n = ranges.length;
  if (n === 1) return 0;
  const keys = ranges.map(([s, e]) => text.slice(s, e).toLowerCase());
  const inWindow = new Map<string, number>();
  let best = 0;
  let bestScore = -1;
  let j = 0;
  for (let i = 0; i < n; i++) {
    for (; j < n && position[j]! < position[i]! + WINDOW_WORDS; j++)
      inWindow.set(keys[j]!, (inWindow.get(keys[j]!) ?? 0) + 1);
    const score = inWindow.size * 100 + (j - i);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
    const left = inWindow.get(keys[i]!)! - 1;
    if (left === 0) inWindow.delete(keys[i]!);
    else inWindow.set(keys[i]!, left);
  }
  return best;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The apostrophes of a text of ASCII words: ' and ’ (scanWords also counts ʼ, a letter, which such a text lacks). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** A lone letter beside an apostrophe is an elision ("l'usine"), not a word (see scanWords). */
export function isElision(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const c = text.charCodeAt(s);
  return !(c >= 48 && c <= 57) && (isApostrophe(text.charCodeAt(s - 1)) || isApostrophe(text.charCodeAt(e)));
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

/** The start of the last word ending at or before `to` (a word start or the text's end), or -1. */
function previousWordStart(text: string, to: number): number {
  let i = to;
  for (;;) {
    while (i > 0 && !isAlnum(text.charCodeAt(i - 1))) i--;
    if (i === 0) return -1;
    const e = i;
    while (i > 0 && isAlnum(text.charCodeAt(i - 1))) i--;
    if (!isElision(text, i, e)) return i;
  }
}

/** How many words lie in [from, to), counting no further than `cap`. */
function countWords(text: string, from: number, to: number, cap: number): number {
  let count = 0;
  for (let p = from; count < cap; count++) {
    const s = nextWord(text, p);
    if (s < 0 || s >= to) break;
    p = wordEnd;
  }
  return count;
}
