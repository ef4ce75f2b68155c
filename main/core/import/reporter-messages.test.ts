import { describe, expect, it } from 'vitest';
import { makeDocx, makeZip } from '../../test-support/make-zip';
import { parseFile } from './parse-file';

const limits = { maxBytes: 200 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };

/** What a reporter reads in the import report for one file. */
async function messageFor(fileName: string, bytes: Uint8Array, options = limits): Promise<string> {
  const out = await parseFile({ fileName, bytes, ...options });
  if (out.ok) throw new Error(`${fileName} was imported`);
  return out.message;
}

describe('import messages a reporter reads', () => {
  it('give sizes in human units, never "8589934592 MB" or "1024 MB, more than the 1024 MB"', async () => {
    const bomb = makeZip([
      { name: 'word/document.xml', data: 'x', declaredSize: 0xfffffff0 },
      { name: 'word/styles.xml', data: 'x', declaredSize: 0xfffffff0 },
    ]);
    expect(await messageFor('bomb.docx', bomb)).toBe(
      'This Word document would unpack to 8 GB, more than the 1 GB allowed; it was not opened.',
    );

    const justOver = makeZip([{ name: 'word/document.xml', data: 'x', declaredSize: 1024 * 1024 * 1024 + 300_000 }]);
    expect(await messageFor('just-over.docx', justOver)).toBe(
      'This Word document would unpack to more than the 1 GB allowed; it was not opened.',
    );

    const small = makeDocx(['A short note about the hearing.']);
    expect(
      await messageFor('note.docx', small, { maxBytes: 100, maxUncompressedBytes: limits.maxUncompressedBytes }),
    ).toMatch(/^This file is \d(\.\d)? KB, more than the 100 bytes Dossier imports\.$/);
  });

  it("describe a Word file with broken XML as damaged, without the XML reader's own words", async () => {
    for (const xml of ['<not xml', '']) {
      const broken = makeZip([{ name: 'word/document.xml', data: xml }]);
      const out = await parseFile({ fileName: 'broken.docx', bytes: broken, ...limits });
      expect(out).toMatchObject({ ok: false, code: 'CORRUPT_FILE' });
      if (out.ok) continue;
      expect(out.message).not.toMatch(/xmldom|\[|\t/);
      expect(out.message).toBe(
        'This Word document is damaged and could not be read: the text inside it is not valid XML. ' +
          'Open it in the program that made it, save it again, and import the copy.',
      );
    }
  });
});
