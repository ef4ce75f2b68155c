import { describe, expect, it } from 'vitest';
import { TermAnalyzer } from './languages';
import type { HighlightSpec } from './plan';
import { buildSnippet, findMatches } from './snippets';
import { scanWords } from './tokenize';

const analyzer = new TermAnalyzer();

function spec(terms: string[], prefixes: string[] = []): HighlightSpec {
  return { terms: new Set(terms), prefixes: new Set(prefixes), cjk: new Set(), entityIds: new Set() };
}

/** An ASCII article: filler sentences with the given words placed at some word positions. */
function article(length: number, placed: Record<number, string>): string {
  const filler = ['the', 'report', 'said', "l'usine", 'on', 'Monday', '5', 'a', "it's", 'and', 'officials', '--', 'x'];
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(placed[i] ?? filler[(i * 7) % filler.length]!);
  return words.join(' ') + '.';
}

describe('snippets of long ASCII texts (only the words around matches are scanned)', () => {
  const cases: [string, string, HighlightSpec][] = [
    ['match at the start', article(400, { 0: 'Tariffs', 3: 'tariff' }), spec(['tariff'])],
    ['match near the end', article(400, { 396: 'tariffs' }), spec(['tariff'])],
    ['matches far apart, the later cluster denser', article(900, { 50: 'tariff', 500: 'tariffs', 510: 'quota', 700: 'tariff' }), spec(['tariff', 'quota'])],
    ['matches just under and over the window apart', article(300, { 100: 'quota', 131: 'tariff', 180: 'quota', 213: 'tariff' }), spec(['tariff', 'quota'])],
    ['many matches of a prefix', article(600, {}), spec([], ['of'])],
    ['a common stop-word-like term everywhere', article(500, {}), spec(['report', 'said'])],
    ['elided letters are no words', "l'a b'c a' 'a x l'usine 5'6 a5 A tariff. T' tariffs", spec(['a', 'tariff', 't'])],
    ['no match', article(200, {}), spec(['zebra'])],
    ['a short text', 'Tariff', spec(['tariff'])],
  ];
  it.each(cases)('cuts the same snippet as a full scan: %s', (_name, text, s) => {
    const fast = findMatches(text, 'en', s, analyzer);
    // The windowed path only applies to ASCII text; the full scan is the reference it must agree with.
    expect('index' in fast.tokens).toBe(true);
    const full = scanWords(text);
    const expected = { ...fast, tokens: full };
    expect(buildSnippet(text, fast)).toBe(buildSnippet(text, expected));
    // Every word that starts with a query initial and analyses to a query term is marked.
    const marked = [];
    for (let k = 0; k < full.count; k++) {
      const word = text.slice(full.starts[k]!, full.ends[k]!);
      const term = analyzer.termOf(word, 'en');
      if ((term !== null && s.terms.has(term)) || [...s.prefixes].some((p) => (term ?? '').startsWith(p) || word.toLowerCase().startsWith(p))) {
        marked.push([full.starts[k]!, full.ends[k]!]);
      }
    }
    expect(fast.ranges).toEqual(marked);
  });
});
