import { describe, expect, it } from 'vitest';
import {
  characterErrorRate,
  countErrors,
  editDistance,
  normaliseOcrText,
  sumErrors,
  wordErrorRate,
} from './ocr-accuracy';

describe('OCR error rates', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(editDistance([...''], [...'abc'])).toBe(3);
    expect(editDistance(['the', 'harbour', 'authority'], ['the', 'harbor', 'authority'])).toBe(1);
  });

  it('gives 0% for a perfect reading, whatever the line breaks and spacing', () => {
    const c = countErrors('The committee met\non Tuesday.', '  The committee  met on\n\nTuesday. ', 'eng');
    expect(characterErrorRate(c)).toBe(0);
    expect(wordErrorRate(c)).toBe(0);
  });

  it('reports one wrong letter as a character error and a whole wrong word', () => {
    // "harbour" read as "harhour": 1 edit in 21 characters, 1 wrong word of 3.
    const c = countErrors('the harbour authority', 'the harhour authority', 'eng');
    expect(c).toEqual({ chars: 21, charEdits: 1, words: 3, wordEdits: 1 });
    expect(characterErrorRate(c)).toBeCloseTo(1 / 21);
    expect(wordErrorRate(c)).toBeCloseTo(1 / 3);
  });

  it('counts a dropped line against the truth', () => {
    const c = countErrors('Le préfet a signé\nl’arrêté à Besançon.', 'Le préfet a signé', 'fra');
    expect(c.charEdits).toBe(' l’arrêté à Besançon.'.length);
    expect(wordErrorRate(c)).toBeCloseTo(3 / 7);
  });

  it('ignores spaces Tesseract puts between Chinese characters, and full-width forms', () => {
    expect(normaliseOcrText('人工智能 迈上\n新台阶，DNC 模型')).toBe('人工智能迈上新台阶,DNC模型');
    const c = countErrors(
      '人工智能迈上新台阶，\n谷歌收购了这家公司。',
      '人 工 智 能 迈 上 新 台 阶 ，谷 歌 收 购 了 这 家 公 司 。',
      'chi_sim',
    );
    expect(characterErrorRate(c)).toBe(0);
    expect(wordErrorRate(c)).toBe(0);
    const wrong = countErrors('谷歌收购了这家公司。', '谷歌收购了这家公可。', 'chi_sim');
    expect(wrong.charEdits).toBe(1);
    expect(wrong.wordEdits).toBeGreaterThanOrEqual(1);
  });

  it('adds pages up before dividing, so a long page weighs more than a short one', () => {
    const total = sumErrors([countErrors('abcdefghij', 'abcdefghij', 'eng'), countErrors('ab', 'xb', 'eng')]);
    expect(characterErrorRate(total)).toBeCloseTo(1 / 12);
  });
});
