import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage, normalizeLanguageTag } from './language';

describe('language', () => {
  it('reduces declared tags to supported two-letter codes', () => {
    expect(normalizeLanguageTag('pt-BR')).toBe('pt');
    expect(normalizeLanguageTag('zh_CN')).toBe('zh');
    expect(normalizeLanguageTag('en-US, fr')).toBe('en');
    expect(normalizeLanguageTag('tlh')).toBeNull();
  });

  it('detects supported languages, telling Russian from Bulgarian on short texts', () => {
    expect(detectLanguage('Определим определения. Статья вторая: дадим пояснения к этому документу.')).toBe('ru');
    expect(
      detectLanguage(
        'Die Bundesregierung hat am Dienstag neue Exportregeln für Halbleiter beschlossen, teilte das Ministerium mit.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        '半導体の輸出規制について、経済産業省は火曜日に新しい方針を発表しました。企業は許可を申請する必要があります。',
      ),
    ).toBe('ja');
    expect(detectLanguage('ok')).toBeNull();
  });

  it('prefers the declared language over detection', () => {
    expect(chooseLanguage('es', 'This text is plainly written in English, but the page says otherwise.')).toBe('es');
  });
});
