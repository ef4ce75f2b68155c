import { describe, expect, it } from 'vitest';
import { cjkTerms, tokenizeText } from './tokenize';

describe('tokenizeText', () => {
  it('splits words with their offsets, keeping accents and digits, dropping elisions', () => {
    const text = "L'usine d'Atlanta's États-Unis: 3 GPUs (H20).";
    const tokens = tokenizeText(text);
    expect(tokens.map((t) => t.word)).toEqual(['usine', 'Atlanta', 'États', 'Unis', '3', 'GPUs', 'H20']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('separates CJK runs from Latin words and keeps combining marks inside words', () => {
    const decomposed = 'cafe\u0301';
    expect(tokenizeText(`Nvidia英伟达公司 ${decomposed} Москва`).map((t) => [t.word, t.cjk])).toEqual([
      ['Nvidia', false],
      ['英伟达公司', true],
      [decomposed, false],
      ['Москва', false],
    ]);
  });

  it('handles characters outside the BMP', () => {
    expect(tokenizeText('a 𠀀𠀁 b').map((t) => t.word)).toEqual(['a', '𠀀𠀁', 'b']);
  });
});

describe('cjkTerms', () => {
  it('emits overlapping pairs and the last character', () => {
    expect(cjkTerms('英伟达')).toEqual(['英伟', '伟达', '达']);
    expect(cjkTerms('华')).toEqual(['华']);
  });
});
