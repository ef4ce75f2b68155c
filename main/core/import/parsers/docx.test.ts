import { describe, expect, it } from 'vitest';
import { parseFile } from '../parse-file';
import { docxParts, makeDocx, makeZip } from '../../../test-support/make-zip';

const limits = { maxBytes: 200 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };

describe('Word import', () => {
  it('reads paragraphs and core properties', async () => {
    const docx = makeDocx(
      [
        'Notes from the hearing',
        'The witness said the company knew about the defect in March and chose not to recall the devices.',
      ],
      {
        title: 'Hearing notes',
        creator: 'Marta Kowalska',
        created: '2024-02-01T09:00:00Z',
      },
    );
    const out = await parseFile({ fileName: 'notes.docx', bytes: docx, ...limits });
    expect(out).toMatchObject({
      ok: true,
      article: {
        format: 'docx',
        title: 'Hearing notes',
        byline: 'Marta Kowalska',
        publishedAt: '2024-02-01T09:00:00.000Z',
        language: 'en',
      },
    });
    if (out.ok) expect(out.article.html).toContain('<p>The witness said');
  });

  it('refuses a zip bomb by its declared size before inflating it', async () => {
    // A real bomb: 64 MB of zeros packs into ~64 KB; the cap is set below it.
    const withPayload = makeZip([
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/media/zeros.bin', data: Buffer.alloc(64 * 1024 * 1024) },
    ]);
    expect(withPayload.length).toBeLessThan(1024 * 1024);
    const out = await parseFile({
      fileName: 'bomb.docx',
      bytes: withPayload,
      maxBytes: limits.maxBytes,
      maxUncompressedBytes: 16 * 1024 * 1024,
    });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    // Lying about the size does not help either: a declared 4 GB entry is refused too.
    const liar = makeZip([{ name: 'word/document.xml', data: 'x', declaredSize: 0xfffffff0 }]);
    expect(await parseFile({ fileName: 'liar.docx', bytes: liar, ...limits })).toMatchObject({
      ok: false,
      code: 'FILE_TOO_LARGE',
    });
  });

  it('fails a damaged Word file as CORRUPT_FILE and a text-less one as EMPTY', async () => {
    const broken = makeZip([{ name: 'word/document.xml', data: '<not xml' }]);
    expect(await parseFile({ fileName: 'broken.docx', bytes: broken, ...limits })).toMatchObject({
      ok: false,
      code: 'CORRUPT_FILE',
    });
    expect(await parseFile({ fileName: 'empty.docx', bytes: makeDocx([]), ...limits })).toMatchObject({
      ok: false,
      code: 'EMPTY',
    });
  });

  it('stops a zip bomb hidden after the counted entries while it inflates (issue 13, defect 11)', async () => {
    // A second word/document.xml after the records the end record counts, lying about its size:
    // the declared sizes add up to a few kilobytes, the hidden part unpacks to 64 MB of zeros.
    const parts = docxParts(['A short and harmless memo.']);
    const hidden = { name: 'word/document.xml', data: Buffer.alloc(64 * 1024 * 1024), declaredSize: 2000 };
    const bomb = makeZip([...parts, hidden], { countedEntries: parts.length });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const out = await parseFile({
      fileName: 'memo.docx',
      bytes: bomb,
      maxBytes: limits.maxBytes,
      maxUncompressedBytes: 1024 * 1024,
    });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', format: 'docx' });
    if (!out.ok)
      expect(out.message).toBe('This Word document unpacks to more than the 1 MB Dossier allows; it was not read.');
  });

  it('counts what a part really unpacks to, not what it declares', async () => {
    const parts = docxParts(['Budget notes for the harbour authority.']);
    const lying = parts.map((p) =>
      p.name === 'word/document.xml'
        ? {
            ...p,
            data: `${String(p.data).replace('</w:body>', `<w:p><w:r><w:t>${'x'.repeat(8 * 1024 * 1024)}</w:t></w:r></w:p></w:body>`)}`,
            declaredSize: 500,
          }
        : p,
    );
    const out = await parseFile({
      fileName: 'notes.docx',
      bytes: makeZip(lying),
      maxBytes: limits.maxBytes,
      maxUncompressedBytes: 1024 * 1024,
    });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', format: 'docx' });
    if (!out.ok) expect(out.message).toContain('more than the 1 MB Dossier allows');
  });
});
