import { describe, expect, it } from 'vitest';
import { buildAnchor, CONTEXT_LENGTH, findOccurrences, locatePassage, resolveAnchor } from './anchor';

const TEXT =
  'Nvidia said on Monday that exports of the H20 chip would need a licence.\n\n' +
  'The company expects a charge of $5.5 billion. "We will comply," a spokesperson said.\n\n' +
  'Analysts were not surprised. "We will comply," a spokesperson said again on Tuesday, after the rules changed.';

describe('buildAnchor', () => {
  it('keeps the exact passage and up to 32 characters of context on each side', () => {
    const start = TEXT.indexOf('$5.5 billion');
    const anchor = buildAnchor(TEXT, { start, end: start + '$5.5 billion'.length });
    expect(anchor.exact).toBe('$5.5 billion');
    expect(anchor.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(TEXT.slice(0, start).endsWith(anchor.prefix)).toBe(true);
    expect(anchor.suffix.startsWith('. "We will comply,"')).toBe(true);
  });

  it('keeps shorter context at the edges of the text', () => {
    const anchor = buildAnchor(TEXT, { start: 0, end: 6 });
    expect(anchor).toMatchObject({ exact: 'Nvidia', prefix: '', start: 0, end: 6 });
  });
});

describe('locatePassage', () => {
  it('matches a DOM selection whose whitespace differs from the stored text', () => {
    // A selection across two paragraphs comes back with one newline and a non-breaking space.
    const selection = 'need a\u00a0licence.\nThe company';
    const range = locatePassage(TEXT, selection);
    expect(range).not.toBeNull();
    expect(TEXT.slice(range!.start, range!.end)).toBe('need a licence.\n\nThe company');
  });

  it('returns null when the passage is not in the text', () => {
    expect(locatePassage(TEXT, 'Huawei denied everything')).toBeNull();
    expect(locatePassage(TEXT, '   ')).toBeNull();
  });

  it('picks the repeat nearest to the hinted offset', () => {
    const second = TEXT.lastIndexOf('"We will comply,"');
    const range = locatePassage(TEXT, '"We will comply,"', second - 5);
    expect(range!.start).toBe(second);
    expect(locatePassage(TEXT, '"We will comply,"')!.start).toBe(TEXT.indexOf('"We will comply,"'));
  });
});

describe('resolveAnchor', () => {
  const start = TEXT.indexOf('a charge of $5.5 billion');
  const anchor = buildAnchor(TEXT, { start, end: start + 'a charge of $5.5 billion'.length });

  it('finds the passage at its offsets when nothing changed', () => {
    expect(resolveAnchor(TEXT, anchor)).toEqual({ start: anchor.start, end: anchor.end });
  });

  it('finds the passage after the text was re-rendered and its offsets shifted', () => {
    const rerendered = 'UPDATED 14:02 GMT\n\n' + TEXT.replace(/\n\n/g, '\n');
    const range = resolveAnchor(rerendered, anchor);
    expect(range).not.toBeNull();
    expect(range!.start).not.toBe(anchor.start);
    expect(rerendered.slice(range!.start, range!.end)).toBe('a charge of $5.5 billion');
  });

  it('flags the passage as gone (null) when the text was replaced, never moving it elsewhere', () => {
    const replaced = TEXT.replace('a charge of $5.5 billion', 'a charge of $6 billion');
    expect(resolveAnchor(replaced, anchor)).toBeNull();
  });

  it('tells repeated passages apart by their surrounding context', () => {
    const secondStart = TEXT.lastIndexOf('"We will comply," a spokesperson said');
    const second = buildAnchor(TEXT, {
      start: secondStart,
      end: secondStart + '"We will comply," a spokesperson said'.length,
    });
    // Shift everything so the old offsets point nowhere useful; context must decide.
    const shifted = "Editor's note: this story was updated.\n" + TEXT;
    const range = resolveAnchor(shifted, { ...second, start: 0, end: 10 });
    expect(range!.start).toBe(shifted.lastIndexOf('"We will comply," a spokesperson said'));

    const firstStart = TEXT.indexOf('"We will comply," a spokesperson said');
    const first = buildAnchor(TEXT, {
      start: firstStart,
      end: firstStart + '"We will comply," a spokesperson said'.length,
    });
    const range1 = resolveAnchor(shifted, { ...first, start: shifted.length, end: shifted.length });
    expect(range1!.start).toBe(shifted.indexOf('"We will comply," a spokesperson said'));
  });

  it('reports every occurrence of a repeated passage', () => {
    expect(findOccurrences(TEXT, 'We will comply')).toHaveLength(2);
  });
});
