/**
 * Text-quote anchoring in the spirit of the W3C Web Annotation TextQuoteSelector: a quote is
 * kept as its exact text, some text before and after it, and its offsets. Offsets are only a
 * hint; the exact text decides. A passage that cannot be found is reported as gone (null),
 * never attached to some other passage.
 *
 * Matching ignores whitespace, because the text a reader selects in the rendered HTML and the
 * stored plain text differ in line breaks, non-breaking spaces and paragraph gaps.
 */

/** How many characters of context are kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface TextRange {
  start: number;
  end: number;
}

export interface TextQuoteAnchor extends TextRange {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters that never count when comparing a selection with the stored text. */
const IGNORED = /[\s\u00ad\u200b\u200c\u200d\u2060\ufeff]/u;

interface StrippedText {
  /** The text without ignored characters. */
  chars: string;
  /** Original index of each character of `chars`. */
  origin: number[];
}

function stripText(text: string): StrippedText {
  let chars = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (IGNORED.test(c)) continue;
    chars += c;
    origin.push(i);
  }
  return { chars, origin };
}

/** The text with every ignored character removed (what comparisons look at). */
export function stripIgnored(text: string): string {
  return stripText(text).chars;
}

/** Builds the anchor of the passage text[start, end). */
export function buildAnchor(text: string, range: TextRange): TextQuoteAnchor {
  const { start, end } = range;
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * Every place the passage occurs in the text, comparing without whitespace. Each range covers
 * the text from the passage's first to its last visible character.
 */
export function findOccurrences(text: string, passage: string): TextRange[] {
  const needle = stripIgnored(passage);
  if (needle.length === 0) return [];
  const hay = stripText(text);
  const found: TextRange[] = [];
  for (let at = hay.chars.indexOf(needle); at !== -1; at = hay.chars.indexOf(needle, at + 1)) {
    found.push({ start: hay.origin[at]!, end: hay.origin[at + needle.length - 1]! + 1 });
  }
  return found;
}

/**
 * Finds a passage selected by a reader: the occurrence nearest to the hinted offset when it
 * occurs more than once, or null when it is not in the text at all.
 */
export function locatePassage(text: string, passage: string, hint?: number): TextRange | null {
  const found = findOccurrences(text, passage);
  if (found.length === 0) return null;
  if (hint === undefined) return found[0]!;
  return pickNearest(found, hint);
}

function pickNearest(ranges: TextRange[], offset: number): TextRange {
  let best = ranges[0]!;
  for (const r of ranges) if (Math.abs(r.start - offset) < Math.abs(best.start - offset)) best = r;
  return best;
}

/** Length of the common ending of two strings. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where an anchored quote is in the (possibly changed) text now, or null when its exact passage
 * is gone. Repeats are told apart by how much of the stored context surrounds each one, then
 * by closeness to the old offsets.
 */
export function resolveAnchor(text: string, anchor: TextQuoteAnchor): TextRange | null {
  const found = findOccurrences(text, anchor.exact);
  if (found.length <= 1) return found[0] ?? null;
  const prefix = stripIgnored(anchor.prefix);
  const suffix = stripIgnored(anchor.suffix);
  let best: { range: TextRange; score: number } | null = null;
  for (const range of found) {
    const before = stripIgnored(text.slice(Math.max(0, range.start - CONTEXT_LENGTH * 2), range.start));
    const after = stripIgnored(text.slice(range.end, range.end + CONTEXT_LENGTH * 2));
    const score = commonSuffixLength(prefix, before) + commonPrefixLength(suffix, after);
    const better =
      !best ||
      score > best.score ||
      (score === best.score && Math.abs(range.start - anchor.start) < Math.abs(best.range.start - anchor.start));
    if (better) best = { range, score };
  }
  return best!.range;
}
