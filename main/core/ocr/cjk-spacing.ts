/**
 * Han, kana and the CJK punctuation written between them (ideographic comma and full stop,
 * corner brackets, fullwidth forms). Hangul is left out on purpose: Korean puts spaces between
 * words, and they must stay.
 */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc\\u3001-\\u303f\\uff01-\\uffee';
const SPACES_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}])`, 'gu');

/**
 * Tesseract's Chinese (and Japanese) models put a space between every two characters ("中 国 银
 * 行"), which written Chinese never has. Left in, each character would be a word of its own to
 * search (which indexes a run of Han characters as overlapping pairs, tokenize.ts), so a scan
 * would not be found by the phrases its native twin is, and quotes would carry the spaces. Spaces
 * between a CJK character and a Latin word or a number are kept, as a native text may have them.
 */
export function joinCjkSpacing(text: string): string {
  return text.replace(SPACES_BETWEEN_CJK, '');
}
