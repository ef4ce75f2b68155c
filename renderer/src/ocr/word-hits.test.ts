import { describe, expect, it } from 'vitest';
import { buildHighlightPattern } from '../reader/highlight';
import { matchingWords } from './word-hits';

const box = (text: string, i: number) => ({ text, x0: i * 10, y0: 0, x1: i * 10 + 9, y1: 10 });

describe('search words on a scanned page', () => {
  it('boxes the words a Chinese phrase runs across, one character a word as Tesseract reads it', () => {
    const words = [...'中国人民银行今天宣布'].map(box);
    expect(matchingWords(words, ['人民银行']).map((w) => w.text)).toEqual(['人', '民', '银', '行']);
    const pairs = ['中国', '人民', '银行', '今天'].map(box);
    expect(matchingWords(pairs, ['民银']).map((w) => w.text)).toEqual(['人民', '银行']);
    expect(matchingWords(words, ['央行'])).toEqual([]);
  });

  it('still boxes Latin words by their stem, accents and case ignored', () => {
    const words = ['The', 'Harbour,', 'exports', 'Exporté'].map(box);
    expect(matchingWords(words, ['harbour', 'export']).map((w) => w.text)).toEqual(['Harbour,', 'exports', 'Exporté']);
  });

  it('marks a Chinese phrase inside a run of characters in the text, and Latin words from their start only', () => {
    const pattern = buildHighlightPattern(['人民银行', 'port'])!;
    expect('中国人民银行今天 port export ports'.match(pattern)).toEqual(['人民银行', 'port', 'ports']);
  });
});
