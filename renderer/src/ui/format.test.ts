import { afterEach, describe, expect, it } from 'vitest';
import { i18n, switchLanguage } from '../i18n/i18n';
import { formatMonth, formatPercent } from './format';

describe('chart months and percentages follow the interface language', () => {
  afterEach(() => switchLanguage('en'));

  it('reads a "YYYY-MM" month and a ratio the English way', () => {
    switchLanguage('en');
    expect(formatMonth('2024-03')).toBe('Mar 2024');
    expect(formatPercent(0.42)).toBe('42%');
  });

  it('reads them the French way, with French plurals in the messages around them', () => {
    switchLanguage('fr');
    expect(formatMonth('2024-03')).toBe('mars 2024');
    expect(formatPercent(0.42)).toMatch(/^42\s%$/u);
    expect(i18n.t('entities.timeline.bar', { month: formatMonth('2024-03'), count: 2 })).toBe('mars 2024 : 2 mentions');
    expect(i18n.t('entities.timeline.bar', { month: formatMonth('2024-03'), count: 1 })).toBe('mars 2024 : 1 mention');
  });

  it('keeps a value that is not a month as it is', () => {
    expect(formatMonth('undated')).toBe('undated');
  });
});
