import { describe, expect, it } from 'vitest';
import { splitQuotedHistory } from '../../../preload/api';

describe('splitQuotedHistory', () => {
  it('splits at the attribution line above ">" quotes, in English and French', () => {
    expect(splitQuotedHistory('Agreed.\n\nOn Mon, Ana wrote:\n> The records are attached.\n> Ana')).toEqual({
      own: 'Agreed.',
      quoted: 'On Mon, Ana wrote:\n> The records are attached.\n> Ana',
    });
    expect(splitQuotedHistory("D'accord.\n\nLe lun. 1 janv. 2024, Ana a écrit :\n> Les relevés.").own).toBe(
      "D'accord.",
    );
  });

  it('splits at an Outlook separator or header block, but not at a sentence that mentions "From:"', () => {
    const outlook = 'Will do.\n\n-----Original Message-----\nFrom: Ana\nSent: Monday\n\nThe records.';
    expect(splitQuotedHistory(outlook).own).toBe('Will do.');
    const headers = 'Will do.\n\nFrom: Ana Ruiz <ana@example.org>\nSent: Monday, 1 January 2024 09:00\nThe records.';
    expect(splitQuotedHistory(headers).own).toBe('Will do.');
    const prose = 'The memo reads:\nFrom: the ministry, to every broker.\nPlease confirm the tariff lines.';
    expect(splitQuotedHistory(prose)).toEqual({ own: prose, quoted: '' });
  });

  it('leaves a message without quotes whole', () => {
    expect(splitQuotedHistory('Just this.')).toEqual({ own: 'Just this.', quoted: '' });
  });
});
