import { describe, expect, it } from 'vitest';
import { loadBrownCorpus } from '../../test-support/search-corpus';
import { foldCase, SEARCH_LANGUAGES, TermAnalyzer } from './languages';
import type { HighlightSpec } from './plan';
import { ASCII_WORDS_RE, buildSnippet, findMatches, leadOf, type TextMatches } from './snippets';
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

/** The words of a text that match a spec, found by splitting the whole text with scanWords. */
function markedByFullScan(text: string, s: HighlightSpec): [number, number][] {
  const full = scanWords(text);
  const marked: [number, number][] = [];
  for (let k = 0; k < full.count; k++) {
    const word = text.slice(full.starts[k]!, full.ends[k]!);
    const term = analyzer.termOf(word, 'en');
    if (
      (term !== null && s.terms.has(term)) ||
      [...s.prefixes].some((p) => (term ?? '').startsWith(p) || word.toLowerCase().startsWith(p))
    ) {
      marked.push([full.starts[k]!, full.ends[k]!]);
    }
  }
  return marked;
}

describe('snippets of long ASCII texts (only the words around matches are scanned)', () => {
  const cases: [string, string, HighlightSpec][] = [
    ['match at the start', article(400, { 0: 'Tariffs', 3: 'tariff' }), spec(['tariff'])],
    ['match near the end', article(400, { 396: 'tariffs' }), spec(['tariff'])],
    [
      'matches far apart, the later cluster denser',
      article(900, { 50: 'tariff', 500: 'tariffs', 510: 'quota', 700: 'tariff' }),
      spec(['tariff', 'quota']),
    ],
    [
      'matches just under and over the window apart',
      article(300, { 100: 'quota', 131: 'tariff', 180: 'quota', 213: 'tariff' }),
      spec(['tariff', 'quota']),
    ],
    ['many matches of a prefix', article(600, {}), spec([], ['of'])],
    ['a common stop-word-like term everywhere', article(500, {}), spec(['report', 'said'])],
    ['elided letters are no words', "l'a b'c a' 'a x l'usine 5'6 a5 A tariff. T' tariffs", spec(['a', 'tariff', 't'])],
    ['no match', article(200, {}), spec(['zebra'])],
    ['a short text', 'Tariff', spec(['tariff'])],
  ];
  it.each(cases)('cuts the same snippet as a full scan: %s', (_name, text, s) => {
    const fast = findMatches(text, 'en', s, analyzer);
    // The ASCII path cuts from the matches alone; the full scan is the reference it must agree with.
    expect(fast.tokens).toBeUndefined();
    const full = scanWords(text);
    expect(buildSnippet(text, fast)).toBe(buildSnippet(text, { ...fast, tokens: full }));
    // Every word that analyses to a query term is marked.
    expect(fast.ranges).toEqual(markedByFullScan(text, s));
  });
});

describe('snippets: the ASCII path agrees with the full scan on random texts', () => {
  it('cuts the same window and marks the same words for 400 random texts and queries', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    const vocabulary = [
      'tariff',
      'Tariffs',
      'quota',
      'export',
      'exports',
      'chip',
      "chip's",
      'a',
      'l',
      "l'usine",
      'l\u2019usine',
      'd',
      '42',
      'A100',
      'Nvidia',
      'the',
      'of',
    ];
    const separators = [
      ' ',
      ' ',
      ' ',
      ', ',
      '. ',
      ' -- ',
      '\n\n',
      "' ",
      ' (',
      ') ',
      '  ',
      ' \u2014 ',
      '\u2019',
      ' \u201c',
      '\u201d ',
      '\u2026 ',
      '\u00a0',
      ' \u00ab\u00a0',
      '\u2019s ',
    ];
    for (let round = 0; round < 400; round++) {
      const length = 1 + next(round % 4 === 0 ? 12 : 160);
      let text = next(3) === 0 ? '"' : '';
      for (let i = 0; i < length; i++)
        text += vocabulary[next(vocabulary.length)]! + separators[next(separators.length)]!;
      const s = spec(
        [['tariff'], ['tariff', 'quota'], ['chip', 'export'], ['a'], ['nvidia', 'a100', '42']][next(5)]!,
        next(4) === 0 ? ['expo'] : [],
      );
      const fast: TextMatches = findMatches(text, 'en', s, analyzer);
      expect(fast.tokens).toBeUndefined();
      const full: TextMatches = { ...fast, tokens: scanWords(text) };
      expect(buildSnippet(text, fast), text).toBe(buildSnippet(text, full));
      expect(fast.ranges, text).toEqual(markedByFullScan(text, s));
    }
  });
});

describe('snippets: texts of ASCII words', () => {
  it('admits only characters that scanWords treats as neither word nor apostrophe, besides ASCII and the curly apostrophe', () => {
    const admitted: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++)
      if (ASCII_WORDS_RE.test(String.fromCharCode(c))) admitted.push(String.fromCharCode(c));
    expect(admitted.length).toBeGreaterThan(20);
    for (const ch of admitted) {
      // Between two letters: a separator splits them into two words, as a space would.
      const spans = scanWords(`ab${ch}cd`);
      expect([spans.count, spans.starts[1], spans.ends[0]], `U+${ch.charCodeAt(0).toString(16)}`).toEqual([2, 3, 2]);
    }
    expect(ASCII_WORDS_RE.test('Les \u00e9tats')).toBe(false);
    expect(ASCII_WORDS_RE.test('\u82f1\u4f1f\u8fbe')).toBe(false);
    expect(ASCII_WORDS_RE.test('It\u02bcs')).toBe(false);
  });
});

describe('snippets: word leads', () => {
  it('every ASCII word of the Brown corpus starts with the lead of its term, in every language', () => {
    const words = [...loadBrownCorpus().wordCounts.keys()];
    const fresh = new TermAnalyzer();
    const misses: string[] = [];
    for (const language of SEARCH_LANGUAGES) {
      for (const word of words) {
        const term = fresh.termOf(word, language);
        const lead = term === null ? null : leadOf(term);
        if (lead !== null && !foldCase(word).startsWith(lead)) misses.push(`${language}: ${word} -> ${term}`);
      }
    }
    expect(misses).toEqual([]);
    // The margin is needed: Turkish rewrites the consonant left by its stemmer.
    expect(fresh.termOf('dine', 'tr')).toBe('t');
    expect(leadOf('t')).toBeNull();
  });
});
