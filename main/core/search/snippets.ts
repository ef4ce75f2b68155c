import { foldCase, type SearchLanguage, type TermAnalyzer } from './languages';
import type { HighlightSpec } from './plan';
import { asciiSnippetBounds, isElision, WINDOW_WORDS, WORDS_BEFORE } from './snippet-windows';
import { scanWords, type WordSpans } from './tokenize';

const FALLBACK_CHARS = 220;
/** buildSnippet places at most this many matches. */
const MAX_MARKS = 1000;
/**
 * A text whose words are all ASCII: beside ASCII it holds only the punctuation and spaces news
 * text is full of (curly quotes and apostrophes, dashes, ellipses, bullets, guillemets, no-break
 * and thin spaces), none of them part of a word. Such a text is split into words the same way by
 * the ASCII letter-and-digit rules (snippets.test checks the class against scanWords).
 */
export const ASCII_WORDS_RE =
  // eslint-disable-next-line no-control-regex
  /^[\x00-\x7f\u00a0\u00ab\u00b7\u00bb\u2009\u200b\u2010-\u2026\u202f\u2032\u2033\u2039\u203a]*$/;

/** What findMatches derives from a query's highlight spec, once for all its hits. */
interface PreparedSpec {
  /** The spec's size when prepared (a spec is complete before its first use; this guards it). */
  size: number;
  prefixes: string[];
  /** First letters a matching word starts with; null when some term allows any (see leadOf). */
  initials: Set<string> | null;
  /** The ASCII words that can match: they start with a term's lead (null: none can). */
  pattern: RegExp | null;
}

const preparedSpecs = new WeakMap<HighlightSpec, PreparedSpec>();

/**
 * The letters every word that analyses to `x`, or starts with it, begins with: its first two for
 * four letters or more, else its first; none for a one-letter term. Stemmers rewrite endings, so
 * most words are skipped without being analysed (or even sliced out). Turkish can rewrite the
 * last consonant of what is left ("dine" analyses to "t"), hence the margin; snippets.test checks
 * this against every word of the Brown corpus in every language.
 */
export function leadOf(x: string): string | null {
  return x.length >= 4 ? x.slice(0, 2) : x.length >= 2 ? x.slice(0, 1) : null;
}

function prepareSpec(spec: HighlightSpec): PreparedSpec {
  const size = spec.terms.size + spec.prefixes.size;
  const known = preparedSpecs.get(spec);
  if (known && known.size === size) return known;
  const prefixes = [...spec.prefixes];
  const leads = [...spec.terms, ...prefixes].map(leadOf);
  const anyWord = leads.includes(null);
  const initials = anyWord ? null : new Set(leads.map((l) => l![0]!));
  // Leads of ASCII letters and digits, as case-insensitive classes: an ASCII text has no other words.
  const asciiLeads = [...new Set(leads)].filter((l): l is string => l !== null && /^[a-z0-9]+$/u.test(l));
  const alternatives = asciiLeads.map((l) =>
    [...l].map((c) => (c >= 'a' && c <= 'z' ? `[${c}${c.toUpperCase()}]` : c)).join(''),
  );
  const pattern = anyWord
    ? /(?<![A-Za-z0-9])[A-Za-z0-9]+/g
    : alternatives.length > 0
      ? new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join('|')})[A-Za-z0-9]*`, 'g')
      : null;
  const prepared = { size, prefixes, initials, pattern };
  preparedSpecs.set(spec, prepared);
  return prepared;
}

/** Where the query matches in one text: character ranges, and the words that matched. */
export interface TextMatches {
  ranges: [number, number][];
  words: Set<string>;
  /**
   * Where the text's words are, kept so the snippet cutter does not scan again; absent for a
   * text of ASCII words, whose snippet is cut from its matches alone (see asciiSnippetBounds).
   */
  tokens?: WordSpans;
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
  const { prefixes, initials, pattern } = prepareSpec(spec);
  const isHit = (word: string): boolean => {
    const term = analyzer.termOf(word, language);
    return (
      (term !== null && spec.terms.has(term)) ||
      (prefixes.length > 0 &&
        prefixes.some((p) => (term !== null && term.startsWith(p)) || foldCase(word).startsWith(p)))
    );
  };
  if (extraRanges.length === 0 && spec.cjk.size === 0 && ASCII_WORDS_RE.test(text))
    return findAsciiMatches(text, pattern, isHit);
  const ranges: [number, number][] = [...extraRanges];
  const words = new Set<string>();
  const tokens = scanWords(text);
  if (spec.terms.size > 0 || prefixes.length > 0) {
    const { count, starts, ends, cjk } = tokens;
    for (let k = 0; k < count; k++) {
      if (cjk[k] === 1) continue;
      const start = starts[k]!;
      const c = text.charCodeAt(start);
      if (
        initials !== null &&
        !initials.has(
          c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c < 128 ? text[start]! : foldCase(text[start]!),
        )
      )
        continue;
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
 * findMatches for a text with ASCII words only (ASCII_WORDS_RE), without CJK or mention ranges: a
 * pattern finds the words that start with a query term's lead, and only those are analysed. Same
 * words as scanWords: letters and digits, a lone letter beside an apostrophe dropped.
 */
function findAsciiMatches(text: string, pattern: RegExp | null, isHit: (word: string) => boolean): TextMatches {
  const ranges: [number, number][] = [];
  const words = new Set<string>();
  if (pattern) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      if (isElision(text, start, end)) continue;
      if (!isHit(word)) continue;
      ranges.push([start, end]);
      words.add(word.toLowerCase());
    }
  }
  return { ranges, words };
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
 * Cuts the passage with the most distinct matches (WINDOW_WORDS words) and returns it as HTML:
 * the text escaped, matches wrapped in <mark>, an ellipsis where it was cut.
 */
export function buildSnippet(text: string, matches: TextMatches): string {
  const { ranges, tokens } = matches;
  if (ranges.length === 0 || tokens?.count === 0) {
    const cut =
      text.length > FALLBACK_CHARS
        ? text.slice(
            0,
            text.lastIndexOf(' ', FALLBACK_CHARS) > 0 ? text.lastIndexOf(' ', FALLBACK_CHARS) : FALLBACK_CHARS,
          )
        : text;
    return escapeHtml(cut.trim()) + (cut.length < text.length ? '\u2026' : '');
  }
  const marks = ranges.length > MAX_MARKS ? ranges.slice(0, MAX_MARKS) : ranges;
  const [from, to] = tokens ? windowOfWords(text, marks, tokens) : asciiSnippetBounds(text, marks);
  return renderMarked(text, from, to, ranges);
}

/** The snippet window of a text split into words (the definition asciiSnippetBounds agrees with). */
function windowOfWords(text: string, ranges: readonly [number, number][], tokens: WordSpans): [number, number] {
  const { count, starts, ends } = tokens;
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
  const marks = ranges.map((r) => ({ w: wordIndexOf(r[0]), key: foldCase(text.slice(r[0], r[1])) }));
  let best = { score: -1, from: 0 };
  for (let i = 0; i < marks.length; i++) {
    const start = marks[i]!.w;
    const distinct = new Set<string>();
    let n = 0;
    for (let j = i; j < marks.length && marks[j]!.w < start + WINDOW_WORDS; j++) {
      distinct.add(marks[j]!.key);
      n++;
    }
    const score = distinct.size * 100 + n;
    if (score > best.score) best = { score, from: start };
  }
  const firstWord = Math.max(0, best.from - WORDS_BEFORE);
  const lastWord = Math.min(count - 1, firstWord + WINDOW_WORDS - 1);
  return [firstWord === 0 ? 0 : starts[firstWord]!, lastWord === count - 1 ? text.length : ends[lastWord]!];
}

function renderMarked(text: string, from: number, to: number, ranges: readonly [number, number][]): string {
  let html = from > 0 ? '\u2026' : '';
  let pos = from;
  for (let r = firstRangeEndingAfter(ranges, from); r < ranges.length && ranges[r]![0] < to; r++) {
    const [s, e] = ranges[r]!;
    const ms = Math.max(s, from);
    const me = Math.min(e, to);
    html += escapeHtml(text.slice(pos, ms)) + '<mark>' + escapeHtml(text.slice(ms, me)) + '</mark>';
    pos = me;
  }
  html += escapeHtml(text.slice(pos, to));
  if (to < text.length) html += '\u2026';
  // Line breaks and runs of spaces become one space (most passages have none to fold).
  return (SPACE_TO_FOLD_RE.test(html) ? html.replace(/\s+/gu, ' ') : html).trim();
}

/** Any white space other than a lone ASCII space. */
const SPACE_TO_FOLD_RE = /[^\S ]| {2}/u;

/** The first of some ascending, disjoint ranges that ends after `offset` (their length if none). */
function firstRangeEndingAfter(ranges: readonly [number, number][], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const HTML_SPECIAL_RE = /[&<>"']/u;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  if (!HTML_SPECIAL_RE.test(s)) return s;
  return s.replace(/[&<>"']/gu, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}
