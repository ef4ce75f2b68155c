import { describe, expect, it } from 'vitest';
import { createEnglishNameTyper } from './english-name-typer';
import { heapRetainedBy } from '../../test-support/heap-retained';

describe('the English name typer', () => {
  it('types a name and remembers it without keeping the article it came from', () => {
    const typer = createEnglishNameTyper();
    expect(typer.typeName('Germany')).toBe('place');
    const kept = heapRetainedBy((text) => typer.typeName(text.slice(0, 20)));
    expect(kept).toBeLessThan(10 * 2 ** 20);
  });
});
