/** Escapes a term for use inside a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Han, kana or Hangul: text written without spaces between words, searched by substrings. */
export const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Builds one pattern for the query's (stemmed) terms: each matches at a word start and runs to
 * the end of the word, so the stem "export" marks "exports" and "exported". A CJK term (search
 * matches it inside a run of characters, search/tokenize.ts) is marked where it stands, inside a
 * run too: "人民银行" in "中国人民银行今天".
 */
export function buildHighlightPattern(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (cleaned.length === 0) return null;
  const words = cleaned.filter((t) => !CJK_RE.test(t)).map(escapeRegExp);
  const cjk = cleaned.filter((t) => CJK_RE.test(t)).map(escapeRegExp);
  const parts = [
    ...(cjk.length > 0 ? [`(?:${cjk.join('|')})`] : []),
    ...(words.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`] : []),
  ];
  return new RegExp(parts.join('|'), 'giu');
}

/**
 * Wraps every match of `terms` in the text nodes under `root` in <mark class="reader-match">.
 * Runs after sanitizing, on text nodes only, so markup can never be injected through a term.
 * Returns the marks in document order.
 */
export function highlightTerms(root: Node, terms: readonly string[]): HTMLElement[] {
  const pattern = buildHighlightPattern(terms);
  if (!pattern) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);

  const marks: HTMLElement[] = [];
  for (const text of textNodes) {
    const value = text.data;
    pattern.lastIndex = 0;
    if (!pattern.test(value)) continue;
    pattern.lastIndex = 0;
    const fragment = doc.createDocumentFragment();
    let cursor = 0;
    for (const match of value.matchAll(pattern)) {
      const start = match.index;
      if (start > cursor) fragment.append(value.slice(cursor, start));
      const mark = doc.createElement('mark');
      mark.className = 'reader-match';
      mark.textContent = match[0];
      fragment.append(mark);
      marks.push(mark);
      cursor = start + match[0].length;
    }
    if (cursor < value.length) fragment.append(value.slice(cursor));
    text.replaceWith(fragment);
  }
  return marks;
}
