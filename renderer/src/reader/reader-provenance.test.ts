import { describe, expect, it } from 'vitest';
import { splitQuoted } from './reader-provenance';

describe('splitQuoted', () => {
  it('folds the quoted history under a reply', () => {
    const { own, quoted } = splitQuoted('Agreed.\n\nOn Mon, Ana wrote:\n> The records are attached.\n> Ana');
    expect(own).toBe('Agreed.');
    expect(quoted).toBe('On Mon, Ana wrote:\n> The records are attached.\n> Ana');
  });
  it('leaves a message without quotes whole', () => {
    expect(splitQuoted('Just this.')).toEqual({ own: 'Just this.', quoted: '' });
  });
});
