import type { OcrWordBox } from '../../../preload/api';

/** Folds a word as search does for highlight terms: accents off, lower case, punctuation trimmed. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The recognised words a search matched: a word whose folded form starts with one of the query's
 * highlight terms (they are stems: "export" marks "exports"), as the reader's text highlighting does.
 */
export function matchingWords(words: readonly OcrWordBox[], terms: readonly string[]): OcrWordBox[] {
  const folded = terms.map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  if (folded.length === 0) return [];
  return words.filter((w) => {
    const f = foldWord(w.text);
    return f !== '' && folded.some((t) => f.startsWith(t));
  });
}
