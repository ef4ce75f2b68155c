import { describe, expect, it } from 'vitest';
import { TermAnalyzer } from './languages';
import { heapRetainedBy } from '../../test-support/heap-retained';

describe('TermAnalyzer', () => {
  it('stems and folds a word, and a stop word has no term', () => {
    const analyzer = new TermAnalyzer();
    expect(analyzer.analyzeWord('Accelerators', 'en')).toEqual({ term: 'acceler', form: 'accelerators' });
    expect(analyzer.termOf('the', 'en')).toBeNull();
    expect(analyzer.termOf('États', 'fr')).toBe('etat');
  });

  it('its memo keeps the words it saw, not the article texts they were read from', () => {
    const analyzer = new TermAnalyzer();
    // A long word read from a long text, as the indexer reads every word of an import.
    const kept = heapRetainedBy((text) => analyzer.analyzeWord(text.slice(0, 20), 'en'));
    expect(kept).toBeLessThan(10 * 2 ** 20);
    expect(analyzer.analyzeWord('Interconnections0007', 'en').term).toBe('interconnections0007');
  });
});
