import { describe, expect, it } from 'vitest';
import { detachedCopy } from './detached-string';
import { heapRetainedBy } from '../../test-support/heap-retained';

describe('detachedCopy', () => {
  it('keeps the word and lets the text it was cut from go', () => {
    const word = `Interconnection-${'a'.repeat(1 << 20)}`.slice(0, 15);
    expect(detachedCopy(word)).toBe('Interconnection');
    expect(detachedCopy('')).toBe('');
    expect(detachedCopy('État')).toBe('État');
  });

  it('a hundred words kept from a hundred 1 MB texts hold far less than those texts', () => {
    const kept = heapRetainedBy((text) => detachedCopy(text.slice(0, 20)));
    expect(kept).toBeLessThan(10 * 2 ** 20);
  });

  it('without the copy, the same words would hold the texts (the measure can fail)', () => {
    const kept = heapRetainedBy((text) => text.slice(0, 20));
    expect(kept).toBeGreaterThan(50 * 2 ** 20);
  });
});
