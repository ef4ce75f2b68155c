import { foldCase, type SearchLanguage, type TermAnalyzer } from './languages';
import type { HighlightSpec } from './plan';
import { scanWordsAround, type WindowedWords } from './snippet-windows';
import { scanWords, type WordSpans } from './tokenize';

const WINDOW_WORDS = 32;
const FALLBACK_CHARS = 220;
/** buildSnippet places at most this many matches. */
const MAX_MARKS = 1000;
// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\x00-\x7f]/u;

/** What findMatches derives from a query's highlight spec, once for all its hits. */
interface PreparedSpec {
  /** The spec's size when prepared (a spec is complete before its first use; this guards it). */
  size: number;
  prefixes: string[];
  initials: Set<string | undefined>;
  /** asciiInitial[c]: an ASCII word starting with c can match (c lower-cased is an initial). */
  asciiInitial: Uint8Array;
  /** The ASCII words that start with an initial (null when no initial is an ASCII letter or digit). */
  pattern: RegExp | null;
}

const preparedSpecs = new WeakMap<HighlightSpec, PreparedSpec>();

function prepareSpec(spec: HighlightSpec): PreparedSpec {
  const size = spec.terms.size + spec.prefixes.size;
  const known = preparedSpecs.get(spec);
  if (known && known.size === size) return known;
  const prefixes = [...spec.prefixes];
  // Stemmers only rewrite endings, so a word can only match a term with the same (folded)
  // first letter: most words are skipped without being analysed (or even sliced out).
  const initials = new Set([...spec.terms, ...prefixes].map((t) => t[0]));
  const asciiInitial = new Uint8Array(128);
  let chars = '';
  for (const initial of initials) {
    if (initial === undefined) continue;
    const code = initial.charCodeAt(0);
    if (code >= 128 || initial !== initial.toLowerCase()) continue;
    asciiInitial[code] = 1;
    if (code >= 97 && code <= 122) asciiInitial[code - 32] = 1;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) chars += initial + initial.toUpperCase();
  }
  // Only letters and digits start an ASCII word; the class holds nothing that needs escaping.
  const pattern = chars.length > 0 ? new RegExp(`(?<![A-Za-z0-9])[${chars}][A-Za-z0-9]*`, 'gu') : null;
  const prepared = { size, prefixes, initials, asciiInitial, pattern };
  preparedSpecs.set(spec, prepared);
  return prepared;
}

/** Where the query matches in one text: character ranges, and the words that matched. */
export interface TextMatches {
  ranges: [number, number][];
  words: Set<string>;
  /**
   * Where the text's words are, kept so the snippet cutter does not scan again: every word, or
   * (WindowedWords) only those around the first matches, which is all the cutter reads.
   */
  tokens: WordSpans | WindowedWords;
}

/**
 * Finds the query's matches in an original text by running the article's pipeline over its
 * words: "restricted" matches a search for "restrictions" because both analyse to "restrict".
 */
export function findMatches(
  text: string,
  language: SearchLanguage,
  spec: HighlightSpec,
  analyzer: TermAnalyzer,
  extraRanges: readonly [number, number][] = [],
): TextMatches {
  const ranges: [number, number][] = [...extraRanges];
  const words = new Set<string>();
  const { prefixes, initials, asciiInitial, pattern } = prepareSpec(spec);
  const isHit = (word: string): boolean => {
    const term = analyzer.termOf(word, language);
    return (
      (term !== null && spec.terms.has(term)) ||
      (prefixes.length > 0 && prefixes.some((p) => (term !== null && term.startsWith(p)) || foldCase(word).startsWith(p)))
    );
  };
  if (extraRanges.length === 0 && spec.cjk.size === 0 && !NON_ASCII_RE.test(text)) {
    const fast = findAsciiMatches(text, pattern, isHit);
    if (fast) return fast;
  }
  const tokens = scanWords(text);
  if (spec.terms.size > 0 || prefixes.length > 0) {
    const { count, starts, ends, cjk } = tokens;
    for (let k = 0; k < count; k++) {
      if (cjk[k] === 1) continue;
      const start = starts[k]!;
      const c = text.charCodeAt(start);
      if (c < 128 ? asciiInitial[c] === 0 : !initials.has(foldCase(text[start]!))) continue;
      const word = text.slice(start, ends[k]!);
      if (!isHit(word)) continue;
      ranges.push([start, ends[k]!]);
      words.add(foldCase(word));
    }
  }
  for (const sub of spec.cjk) {
    for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + sub.length)) {
      ranges.push([i, i + sub.length]);
      words.add(sub);
    }
  }
  for (const [s, e] of extraRanges) words.add(foldCase(text.slice(s, e)));
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return { ranges: mergeRanges(ranges), words, tokens };
}

/**
 * findMatches for an ASCII text without CJK or mention ranges: a pattern finds the words that
 * start with a query initial (a search's top hits are long texts with few matches, and scanning
 * every word of them cost more than the full-text match), and only the words around the first
 * matches are scanned for the snippet. Same words as scanWords: letters and digits, a lone
 * letter beside an apostrophe dropped. Null when the snippet's words cannot be placed.
 */
function findAsciiMatches(text: string, pattern: RegExp | null, isHit: (word: string) => boolean): TextMatches | null {
  const ranges: [number, number][] = [];
  const words = new Set<string>();
  if (pattern) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      // A lone letter beside an apostrophe is an elision, not a word (see scanWords).
      if (word.length === 1 && !(word >= '0' && word <= '9') && (text[start - 1] === "'" || text[end] === "'")) continue;
      if (!isHit(word)) continue;
      ranges.push([start, end]);
      words.add(foldCase(word));
    }
  }
  const tokens = scanWordsAround(
    text,
    ranges.slice(0, MAX_MARKS).map((r) => r[0]),
  );
  return tokens && { ranges, words, tokens };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Cuts the passage with the most distinct matches (about 32 words) and returns it as HTML:
 * the text escaped, matches wrapped in <mark>, an ellipsis where it was cut.
 */
export function buildSnippet(text: string, matches: TextMatches): string {
  const { ranges } = matches;
  if (ranges.length === 0 || matches.tokens.count === 0) {
    const cut = text.length > FALLBACK_CHARS ? text.slice(0, text.lastIndexOf(' ', FALLBACK_CHARS) > 0 ? text.lastIndexOf(' ', FALLBACK_CHARS) : FALLBACK_CHARS) : text;
    return escapeHtml(cut.trim()) + (cut.length < text.length ? '\u2026' : '');
  }
  const { count, starts, ends } = matches.tokens;
  // Positions the window is measured in: the word index, or its stand-in for windowed words.
  const virtual = 'index' in matches.tokens ? matches.tokens : null;
  const positionOf = (k: number): number => (virtual ? virtual.index[k]! : k);
  const lastPosition = (virtual ? virtual.virtualCount : count) - 1;
  const wordIndexOf = (offset: number): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Each match as (word index, matched text); the best window holds the most distinct ones.
  const marks = ranges.slice(0, MAX_MARKS).map((r) => {
    const k = wordIndexOf(r[0]);
    return { k, w: positionOf(k), key: foldCase(text.slice(r[0], r[1])) };
  });
  let best = { score: -1, from: 0, k: 0 };
  for (let i = 0; i < marks.length; i++) {
    const start = marks[i]!.w;
    const distinct = new Set<string>();
    let count = 0;
    for (let j = i; j < marks.length && marks[j]!.w < start + WINDOW_WORDS; j++) {
      distinct.add(marks[j]!.key);
      count++;
    }
    const score = distinct.size * 100 + count;
    if (score > best.score) best = { score, from: start, k: marks[i]!.k };
  }
  const firstWord = Math.max(0, best.from - 6);
  const lastWord = Math.min(lastPosition, firstWord + WINDOW_WORDS - 1);
  // Array slots of those words: the window's words are contiguous around its first match.
  const firstSlot = best.k - (best.from - firstWord);
  const from = firstWord === 0 ? 0 : starts[firstSlot]!;
  const to = lastWord === lastPosition ? text.length : ends[firstSlot + (lastWord - firstWord)]!;
  return renderMarked(text, from, to, ranges);
}

function renderMarked(text: string, from: number, to: number, ranges: readonly [number, number][]): string {
  let html = from > 0 ? '\u2026' : '';
  let pos = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const ms = Math.max(s, from);
    const me = Math.min(e, to);
    html += escapeHtml(text.slice(pos, ms)) + '<mark>' + escapeHtml(text.slice(ms, me)) + '</mark>';
    pos = me;
  }
  html += escapeHtml(text.slice(pos, to));
  if (to < text.length) html += '\u2026';
  return html.replace(/\s+/gu, ' ').trim();
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}
