/**
 * How far recognised text is from the truth: character and word error rates, the measures OCR
 * evaluations use (ISRI, ocreval, dinglehopper): the edit distance (insertions, deletions,
 * substitutions) between the two texts divided by the length of the truth.
 */

/** Han ideographs and CJK punctuation, between which Chinese writes no spaces. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Text as both sides are compared: Unicode NFKC (full-width and half-width forms, ligatures such as
 * "ﬁ", are presentation, not reading), every run of white space one space, none at the ends, and
 * none beside a CJK character (a Chinese line break is no space; Tesseract spaces out CJK glyphs).
 */
export function normaliseOcrText(text: string): string {
  const spaced = text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(spaced);
  return chars.filter((c, i) => c !== ' ' || !(CJK.test(chars[i - 1] ?? '') || CJK.test(chars[i + 1] ?? ''))).join('');
}

/**
 * Levenshtein distance between two sequences (characters or words): the fewest insertions,
 * deletions and substitutions turning `a` into `b`. Two rows of the classic table, so a page of
 * 3,000 characters needs two small arrays, not a 3,000 × 3,000 table. Written here rather than
 * taken from a package because the one in node_modules (fast-levenshtein) compares strings only,
 * and word error rate needs the same distance over words.
 */
export function editDistance<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Words of a normalised text: runs between spaces; for Chinese, which has no spaces, the words
 * ICU's dictionary finds (Intl.Segmenter), with punctuation dropped as it is for no other language
 * only because a Chinese "word" list would otherwise count every comma as a word.
 */
export function wordsOf(normalised: string, language: string): string[] {
  if (language === 'chi_sim') {
    const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
    return [...segmenter.segment(normalised.replace(/ /g, ''))].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return normalised === '' ? [] : normalised.split(' ');
}

export interface ErrorCounts {
  /** Characters (code points) of the normalised truth, and the edits from it to the recognised text. */
  chars: number;
  charEdits: number;
  words: number;
  wordEdits: number;
}

/** The edit counts of one page; add them up over pages and divide once (a micro-average). */
export function countErrors(truth: string, recognised: string, language: string): ErrorCounts {
  const t = normaliseOcrText(truth);
  const r = normaliseOcrText(recognised);
  const tw = wordsOf(t, language);
  return {
    chars: Array.from(t).length,
    charEdits: editDistance(Array.from(t), Array.from(r)),
    words: tw.length,
    wordEdits: editDistance(tw, wordsOf(r, language)),
  };
}

export function sumErrors(counts: readonly ErrorCounts[]): ErrorCounts {
  return counts.reduce(
    (s, c) => ({
      chars: s.chars + c.chars,
      charEdits: s.charEdits + c.charEdits,
      words: s.words + c.words,
      wordEdits: s.wordEdits + c.wordEdits,
    }),
    { chars: 0, charEdits: 0, words: 0, wordEdits: 0 },
  );
}

/** Character error rate, as a fraction (0.012 is 1.2%). */
export const characterErrorRate = (c: ErrorCounts): number => (c.chars === 0 ? 0 : c.charEdits / c.chars);
/** Word error rate, as a fraction. */
export const wordErrorRate = (c: ErrorCounts): number => (c.words === 0 ? 0 : c.wordEdits / c.words);
