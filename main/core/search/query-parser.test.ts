import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-parser';

const root = (q: string): unknown => parseQuery(q).root;
const warnings = (q: string): string[] => parseQuery(q).warnings;

describe('parseQuery: the query language', () => {
  it('ANDs bare terms by default and accepts an explicit AND', () => {
    const expected = {
      kind: 'and',
      children: [
        { kind: 'term', text: 'huawei' },
        { kind: 'term', text: 'sanctions' },
      ],
    };
    expect(root('huawei sanctions')).toEqual(expected);
    expect(root('huawei AND sanctions')).toEqual(expected);
    expect(warnings('huawei AND sanctions')).toEqual([]);
  });

  it('binds AND tighter than OR', () => {
    expect(root('a1 b1 OR c1')).toEqual({
      kind: 'or',
      children: [
        {
          kind: 'and',
          children: [
            { kind: 'term', text: 'a1' },
            { kind: 'term', text: 'b1' },
          ],
        },
        { kind: 'term', text: 'c1' },
      ],
    });
  });

  it('reads NOT and a leading minus as exclusion, and a leading plus as a plain term', () => {
    const expected = {
      kind: 'and',
      children: [
        { kind: 'term', text: 'nvidia' },
        { kind: 'not', child: { kind: 'term', text: 'amd' } },
      ],
    };
    expect(root('nvidia NOT amd')).toEqual(expected);
    expect(root('nvidia -amd')).toEqual(expected);
    expect(root('+nvidia')).toEqual({ kind: 'term', text: 'nvidia' });
    // A hyphen inside a word is part of the word, not an exclusion.
    expect(root('Etats-Unis')).toEqual({ kind: 'term', text: 'Etats-Unis' });
  });

  it('groups with parentheses', () => {
    expect(root('(nvidia OR amd) export')).toEqual({
      kind: 'and',
      children: [
        {
          kind: 'or',
          children: [
            { kind: 'term', text: 'nvidia' },
            { kind: 'term', text: 'amd' },
          ],
        },
        { kind: 'term', text: 'export' },
      ],
    });
  });

  it('reads quoted phrases, also with typographic quotes', () => {
    expect(root('"export controls"')).toEqual({ kind: 'phrase', text: 'export controls' });
    expect(root('\u201cexport controls\u201d')).toEqual({ kind: 'phrase', text: 'export controls' });
  });

  it('reads prefix and fuzzy terms', () => {
    expect(root('semicond*')).toEqual({ kind: 'term', text: 'semicond', prefix: true });
    expect(root('nvdia~1')).toEqual({ kind: 'term', text: 'nvdia', fuzzy: 1 });
    expect(root('nvdia~')).toEqual({ kind: 'term', text: 'nvdia', fuzzy: 1 });
    expect(root('nvdia~2')).toEqual({ kind: 'term', text: 'nvdia', fuzzy: 2 });
    expect(root('nvdia~5')).toEqual({ kind: 'term', text: 'nvdia', fuzzy: 2 });
    expect(warnings('nvdia~5')[0]).toMatch(/at most 2/);
  });

  it('reads title:, byline: fields on terms, phrases and groups', () => {
    expect(root('title:huawei')).toEqual({ kind: 'term', text: 'huawei', field: 'title' });
    expect(root('byline:"Ana Ruiz"')).toEqual({ kind: 'phrase', text: 'Ana Ruiz', field: 'byline' });
    expect(root('title:(chips OR gpus)')).toEqual({
      kind: 'or',
      children: [
        { kind: 'term', text: 'chips', field: 'title' },
        { kind: 'term', text: 'gpus', field: 'title' },
      ],
    });
  });

  it('reads filters, with quoted values, case-insensitively', () => {
    expect(root('tag:trade-war')).toEqual({ kind: 'filter', name: 'tag', value: 'trade-war' });
    expect(root('entity:"Ministry of Commerce"')).toEqual({
      kind: 'filter',
      name: 'entity',
      value: 'Ministry of Commerce',
    });
    expect(root('LANG:fr')).toEqual({ kind: 'filter', name: 'lang', value: 'fr' });
    expect(root('site:reuters format:pdf date:2023-10..2024-03')).toEqual({
      kind: 'and',
      children: [
        { kind: 'filter', name: 'site', value: 'reuters' },
        { kind: 'filter', name: 'format', value: 'pdf' },
        { kind: 'filter', name: 'date', value: '2023-10..2024-03' },
      ],
    });
  });

  it('keeps unknown "name:" words as text (times, URLs)', () => {
    expect(root('10:30')).toEqual({ kind: 'term', text: '10:30' });
  });

  describe('malformed input is repaired and reported, never thrown', () => {
    it.each([
      ['"unclosed phrase', /quotation mark was not closed/, { kind: 'phrase', text: 'unclosed phrase' }],
      [
        '(nvidia OR amd',
        /parenthesis was not closed/,
        {
          kind: 'or',
          children: [
            { kind: 'term', text: 'nvidia' },
            { kind: 'term', text: 'amd' },
          ],
        },
      ],
      ['nvidia)', /closing parenthesis had no opening/, { kind: 'term', text: 'nvidia' }],
      ['OR nvidia', /OR needs a term/, { kind: 'term', text: 'nvidia' }],
      ['nvidia OR', /OR needs a term/, { kind: 'term', text: 'nvidia' }],
      ['nvidia AND', /AND needs a term/, { kind: 'term', text: 'nvidia' }],
      ['nvidia NOT', /NOT must be followed/, { kind: 'term', text: 'nvidia' }],
      ['nvidia tag:', /"tag:" needs a value/, { kind: 'term', text: 'nvidia' }],
    ])('%s', (q, warning, expected) => {
      const parsed = parseQuery(q);
      expect(parsed.root).toEqual(expected);
      expect(parsed.warnings.join(' ')).toMatch(warning);
    });

    it('returns nothing to search for empty input or lone operators', () => {
      for (const q of ['', '   ', 'OR', '()', '""', '-', '*', 'AND OR NOT']) expect(parseQuery(q).root, q).toBeNull();
    });

    it('survives deep nesting and very long input', () => {
      expect(() => parseQuery('('.repeat(500) + 'x' + ')'.repeat(10))).not.toThrow();
      expect(parseQuery('('.repeat(500) + 'x').warnings.join(' ')).toMatch(/nested too deeply|not closed/);
      expect(parseQuery('word '.repeat(1000)).warnings.join(' ')).toMatch(/cut to its first 2000/);
    });
  });
});
