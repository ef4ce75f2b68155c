import { describe, expect, it } from 'vitest';
import { docxParts, makeZip } from '../../test-support/make-zip';
import { parseFile } from './parse-file';
import { MAX_DOCX_XML_PART_BYTES } from './parsers/docx';
import { MAX_PAGE_MARKUP_BYTES, MAX_PAGE_TAGS } from './parsers/html';
import { MAX_TEXT_CHARS } from './text-limit';
import { countWords } from './text-stats';

const limits = { maxBytes: 200 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };
const SENTENCE = 'The harbour authority signed the dredging contract without a public tender. ';

/** Prose of at least `chars` characters. */
const prose = (chars: number): string => SENTENCE.repeat(Math.ceil(chars / SENTENCE.length));

describe('files too large to keep as one article (issue 13, defect 10)', () => {
  it('refuses a text file over the text cap as FILE_TOO_LARGE, saying why and what to do', async () => {
    const bytes = Buffer.from(`Transcript\n\n${prose(MAX_TEXT_CHARS + 100_000)}`);
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
    const out = await parseFile({ fileName: 'transcript.txt', bytes, ...limits });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', format: 'txt' });
    if (!out.ok)
      expect(out.message).toBe(
        'This text file holds about 2.1 million characters of text, more than the 2 million characters Dossier keeps for one article; split it into smaller files to import it.',
      );
  });

  it('refuses a much larger text file without decoding it', async () => {
    const bytes = Buffer.alloc(3 * 100_000 + 1, 0x61);
    const out = await parseFile({ fileName: 'dump.txt', bytes, ...limits, maxTextChars: 100_000 });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', format: 'txt' });
  });

  it('imports a text just under the cap, whole, with its words counted', async () => {
    const text = `Minutes\n\n${prose(99_000)}`.trim();
    const out = await parseFile({
      fileName: 'minutes.txt',
      bytes: Buffer.from(text),
      ...limits,
      maxTextChars: 100_000,
    });
    expect(out).toMatchObject({ ok: true, article: { format: 'txt', title: 'Minutes' } });
    if (out.ok) {
      expect(out.article.text.length).toBe(text.length);
      expect(out.article.wordCount).toBe(1 + (SENTENCE.split(' ').length - 1) * Math.ceil(99_000 / SENTENCE.length));
    }
  });

  it('refuses a page with more markup than it can read, before building its document', async () => {
    const paragraphs = `<p>${prose(4000)}</p>`.repeat(Math.ceil(MAX_PAGE_MARKUP_BYTES / 4000) + 10);
    const html = `<!DOCTYPE html><html><head><title>Report</title></head><body>${paragraphs}</body></html>`;
    const out = await parseFile({ fileName: 'report.html', bytes: Buffer.from(html), ...limits });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', format: 'html' });
    if (!out.ok) expect(out.message).toMatch(/^This web page has 3\.\d MB of markup, more than the 3 MB Dossier reads/);
  });

  it('refuses a page with more tags than it can read, however few bytes they take', async () => {
    const rows = '<tr><td>1</td><td>2</td></tr>'.repeat(Math.ceil(MAX_PAGE_TAGS / 6) + 100);
    const html = `<!DOCTYPE html><html><head><title>Ledger</title></head><body><table>${rows}</table></body></html>`;
    expect(html.length).toBeLessThan(MAX_PAGE_MARKUP_BYTES);
    const out = await parseFile({ fileName: 'ledger.html', bytes: Buffer.from(html), ...limits });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', format: 'html' });
    if (!out.ok) expect(out.message).toContain('more than 100,000 tags');
  });

  it('counts tags however densely they are written: one over the cap at two characters a tag is refused', async () => {
    // Markup shorter than twice the cap is not counted (it cannot hold more tags): this page is the
    // shortest that can go over, so a count skipped one character too early would let it through.
    const dense = '<b'.repeat(MAX_PAGE_TAGS + 1);
    const out = await parseFile({ fileName: 'dense.html', bytes: Buffer.from(dense), ...limits });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', format: 'html' });
    if (!out.ok) expect(out.message).toContain('more than 100,000 tags');
  });

  it('refuses a Word document whose text part unpacks past the cap, before parsing its XML', async () => {
    const parts = docxParts([prose(MAX_DOCX_XML_PART_BYTES)]);
    const out = await parseFile({ fileName: 'book.docx', bytes: makeZip(parts), ...limits });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', format: 'docx' });
    if (!out.ok) expect(out.message).toContain('split it into smaller documents');
  });
});

describe('countWords on long texts', () => {
  it('counts a text longer than one counting stretch exactly once per word', () => {
    const text = `${'naïve café-owners’ 2024 報告書 '.repeat(20_000)}end`;
    expect(countWords(text)).toBe(20_000 * (3 + 3) + 1);
  });
});
