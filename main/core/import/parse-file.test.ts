import { describe, expect, it } from 'vitest';
import { parseFile } from './parse-file';

const limits = { maxBytes: 200 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };

describe('files that used to be refused by format sniffing (issue 13, defect 13)', () => {
  it('imports a page that quotes %PDF- near its start as a web page', async () => {
    const html = `<!DOCTYPE html><html><head><title>How PDFs begin</title></head><body><article><p>Every PDF file starts with the five bytes %PDF- and a version number, which is how tools recognise it.</p></article></body></html>`;
    const out = await parseFile({ fileName: 'pdf-basics.html', bytes: Buffer.from(html), ...limits });
    expect(out).toMatchObject({ ok: true, article: { format: 'html', title: 'How PDFs begin' } });
  });

  it('imports a page with a NUL byte at offset 500', async () => {
    const words = 'The council approved the budget after a long debate about the harbour. '.repeat(20);
    const bytes = Buffer.from(
      `<!DOCTYPE html><html><head><title>Budget vote</title></head><body><article><p>${words}</p></article></body></html>`,
    );
    bytes[500] = 0;
    const out = await parseFile({ fileName: 'budget.html', bytes, ...limits });
    expect(out).toMatchObject({ ok: true, article: { format: 'html', title: 'Budget vote' } });
  });

  it('imports UTF-16LE text without a byte-order mark with its words intact', async () => {
    const letter = 'Lettre au rédacteur\r\n\r\nLe procès-verbal de la séance du conseil est joint.\r\n';
    const out = await parseFile({ fileName: 'lettre.txt', bytes: Buffer.from(letter, 'utf16le'), ...limits });
    expect(out).toMatchObject({ ok: true, article: { format: 'txt', title: 'Lettre au rédacteur' } });
    if (out.ok) expect(out.article.text).toContain('Le procès-verbal de la séance du conseil est joint.');
  });
});
