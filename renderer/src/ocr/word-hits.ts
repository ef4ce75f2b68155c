import type { OcrWordBox } from '../../../preload/api';
import { CJK_RE } from '../reader/highlight';

/** Folds a word as search does for highlight terms: accents off, lower case, punctuation trimmed. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The words a CJK term covers: Tesseract gives Chinese one "word" per character or two, so the
 * term ("人民银行") is looked for in the words' text run together, and every word it overlaps is boxed.
 */
function cjkHits(words: readonly OcrWordBox[], terms: readonly string[]): Set<OcrWordBox> {
  const hits = new Set<OcrWordBox>();
  if (terms.length === 0) return hits;
  let joined = '';
  const owner: number[] = []; // for each UTF-16 unit of `joined`, the word it came from
  words.forEach((w, i) => {
    const text = w.text.replace(/\s+/g, '');
    joined += text;
    for (let k = 0; k < text.length; k++) owner.push(i);
  });
  for (const term of terms)
    for (let at = joined.indexOf(term); at >= 0; at = joined.indexOf(term, at + 1))
      for (let k = at; k < at + term.length; k++) hits.add(words[owner[k]!]!);
  return hits;
}

/**
 * The recognised words a search matched: a word whose folded form starts with one of the query's
 * highlight terms (they are stems: "export" marks "exports"), as the reader's text highlighting
 * does; a CJK term marks the words it runs across.
 */
export function matchingWords(words: readonly OcrWordBox[], terms: readonly string[]): OcrWordBox[] {
  const folded = terms.map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  if (folded.length === 0) return [];
  const cjk = cjkHits(
    words,
    folded.filter((t) => CJK_RE.test(t)),
  );
  const latin = folded.filter((t) => !CJK_RE.test(t));
  return words.filter((w) => {
    if (cjk.has(w)) return true;
    const f = foldWord(w.text);
    return f !== '' && latin.some((t) => f.startsWith(t));
  });
}
