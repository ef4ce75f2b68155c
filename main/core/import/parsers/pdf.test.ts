import { describe, expect, it } from 'vitest';
import { parseFile } from '../parse-file';
import { makePdf } from '../../../test-support/make-pdf';

const limits = { maxBytes: 200 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };
const parse = (bytes: Uint8Array, password?: string) =>
  parseFile({ fileName: 'report.pdf', bytes, ...limits, ...(password !== undefined ? { password } : {}) });

describe('PDF import', () => {
  it('reads the text of every page and the document metadata', async () => {
    const pdf = makePdf({
      pages: [
        ['Regulator finds export rules were broken', 'The agency said the shipments of accelerators'],
        ['continued for months after the ban took effect.'],
      ],
      title: 'Export control review',
      author: 'Office of Export Enforcement',
      creationDate: "D:20240312094500+01'00'",
    });
    const out = await parse(pdf);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.article.format).toBe('pdf');
    expect(out.article.title).toBe('Export control review');
    expect(out.article.byline).toBe('Office of Export Enforcement');
    expect(out.article.publishedAt).toBe('2024-03-12T08:45:00.000Z');
    expect(out.article.text).toContain('shipments of accelerators');
    expect(out.article.text).toContain('continued for months');
    expect(out.article.html).toContain('data-page="2"');
    expect(out.article.language).toBe('en');
    expect(out.article.metadata.pages).toBe(2);
  });

  it('reports ENCRYPTED without the user password, and imports with it', async () => {
    const pdf = makePdf({
      pages: [['Confidential memo about the merger talks between the two companies']],
      userPassword: 'secret',
      ownerPassword: 'owner',
    });
    const locked = await parse(pdf);
    expect(locked).toMatchObject({ ok: false, code: 'ENCRYPTED' });
    const wrong = await parse(pdf, 'nope');
    expect(wrong).toMatchObject({ ok: false, code: 'ENCRYPTED' });
    if (!wrong.ok) expect(wrong.message).toMatch(/not right/);
    const open = await parse(pdf, 'secret');
    expect(open.ok).toBe(true);
    if (open.ok) expect(open.article.text).toContain('merger talks');
  });

  it('opens a PDF protected only by an owner password (empty user password)', async () => {
    const pdf = makePdf({
      pages: [['Printing is restricted but anyone may read this statement']],
      userPassword: '',
      ownerPassword: 'owner',
    });
    const out = await parse(pdf);
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.article.text).toContain('anyone may read');
  });

  it('fails a truncated or garbage PDF with CORRUPT_FILE and never throws', async () => {
    const pdf = makePdf({ pages: [['Some text that will be cut off']] });
    const truncated = pdf.subarray(0, 40);
    expect(await parse(truncated)).toMatchObject({ ok: false, code: 'CORRUPT_FILE' });
    const junk = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41)]);
    expect(await parse(junk)).toMatchObject({ ok: false, code: 'CORRUPT_FILE' });
  });

  it('reports a PDF without a text layer as EMPTY', async () => {
    const out = await parse(makePdf({ pages: [[]] }));
    expect(out).toMatchObject({ ok: false, code: 'EMPTY' });
  });
});
