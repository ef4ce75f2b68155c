import { foldCase, type SearchLanguage, type TermAnalyzer } from './languages';
import type { HighlightSpec } from './plan';
import { scanWords, type WordSpans } from './tokenize';

const WINDOW_WORDS = 32;
const FALLBACK_CHARS = 220;

/** Where the query matches in one text: character ranges, and the words that matched. */
export interface TextMatches {
  ranges: [number, number][];
  words: Set<string>;
  /** Where the text's words are, kept so the snippet cutter does not scan again. */
  tokens: WordSpans;
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
  const prefixes = [...spec.prefixes];
  const tokens = scanWords(text);
  if (spec.terms.size > 0 || prefixes.length > 0) {
    // Stemmers only rewrite endings, so a word can only match a term with the same (folded)
    // first letter: most words are skipped without being analysed (or even sliced out).
    const initials = new Set([...spec.terms, ...prefixes].map((t) => t[0]));
    // asciiInitial[c]: an ASCII word starting with c can match (c lower-cased is an initial).
    const asciiInitial = new Uint8Array(128);
    for (const initial of initials) {
      if (initial === undefined) continue;
      const code = initial.charCodeAt(0);
      if (code >= 128 || initial !== initial.toLowerCase()) continue;
      asciiInitial[code] = 1;
      if (code >= 97 && code <= 122) asciiInitial[code - 32] = 1;
    }
    const { count, starts, ends, cjk } = tokens;
    for (let k = 0; k < count; k++) {
      if (cjk[k] === 1) continue;
      const start = starts[k]!;
      const c = text.charCodeAt(start);
      if (c < 128 ? asciiInitial[c] === 0 : !initials.has(foldCase(text[start]!))) continue;
      const word = text.slice(start, ends[k]!);
      const term = analyzer.termOf(word, language);
      const hit =
        (term !== null && spec.terms.has(term)) ||
        (prefixes.length > 0 && prefixes.some((p) => (term !== null && term.startsWith(p)) || foldCase(word).startsWith(p)));
      if (!hit) continue;
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
  const marks = ranges.slice(0, 1000).map((r) => ({ w: wordIndexOf(r[0]), key: foldCase(text.slice(r[0], r[1])) }));
  let best = { score: -1, from: 0 };
  for (let i = 0; i < marks.length; i++) {
    const start = marks[i]!.w;
    const distinct = new Set<string>();
    let count = 0;
    for (let j = i; j < marks.length && marks[j]!.w < start + WINDOW_WORDS; j++) {
      distinct.add(marks[j]!.key);
      count++;
    }
    const score = distinct.size * 100 + count;
    if (score > best.score) best = { score, from: start };
  }
  const firstWord = Math.max(0, best.from - 6);
  const lastWord = Math.min(count - 1, firstWord + WINDOW_WORDS - 1);
  const from = firstWord === 0 ? 0 : starts[firstWord]!;
  const to = lastWord === count - 1 ? text.length : ends[lastWord]!;
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
