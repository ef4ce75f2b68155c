import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniff';
import { makeDocx, makeZip } from '../../test-support/make-zip';

describe('format sniffing', () => {
  it('goes by the bytes, not the extension', () => {
    expect(sniffFormat(Buffer.from('%PDF-1.7\n...'), 'notes.txt')).toBe('pdf');
    expect(sniffFormat(Buffer.from('<!DOCTYPE html><html><body>x</body></html>'), 'report.pdf')).toBe('html');
    expect(
      sniffFormat(
        Buffer.from('\uFEFF<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'),
        'a.xhtml',
      ),
    ).toBe('html');
    expect(sniffFormat(makeDocx(['x']), 'file.bin')).toBe('docx');
    expect(sniffFormat(makeZip([{ name: 'a.txt', data: 'x' }]), 'a.docx')).toBe('zip');
  });

  it('tells web archives from e-mails by their MIME headers', () => {
    expect(
      sniffFormat(
        Buffer.from(
          'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="x"\r\n\r\n',
        ),
        'page',
      ),
    ).toBe('mhtml');
    expect(sniffFormat(Buffer.from('From: a@b.c\r\nTo: d@e.f\r\nSubject: hi\r\n\r\nbody'), 'mail.txt')).toBe('eml');
  });

  it('takes txt and md by extension only when the bytes are text', () => {
    expect(sniffFormat(Buffer.from('# Title\n\ntext'), 'a.md')).toBe('md');
    expect(sniffFormat(Buffer.from('just words'), 'a.txt')).toBe('txt');
    expect(sniffFormat(Buffer.from('just words'), 'a.csv')).toBe('unknown');
    expect(sniffFormat(Buffer.from([0, 1, 2, 3, 0, 255, 0]), 'a.txt')).toBe('binary');
  });
});

describe('format sniffing on real-world oddities (issue 13, defect 13)', () => {
  const page = (before: string, after = ''): Buffer =>
    Buffer.from(
      `<!DOCTYPE html><html><head><title>Leaked memo</title></head><body><article><p>${before}</p>${after}</article></body></html>`,
    );

  it('reads a text or HTML file that mentions %PDF- as what it is, not as a damaged PDF', () => {
    const memo = 'To open the attachment, look for the bytes %PDF-1.4 at its start. '.repeat(3);
    expect(sniffFormat(Buffer.from(`Notes on file formats\n\n${memo}`), 'notes.txt')).toBe('txt');
    expect(sniffFormat(page(memo), 'formats.html')).toBe('html');
  });

  it('reads prose that quotes tags as text, and a page saved without a doctype as HTML', () => {
    const prose = 'Vectors seen in the leak:\n\n<body onload="x()">\n\n<p style="color:red">hi</p>\n';
    expect(sniffFormat(Buffer.from(prose), 'vectors.txt')).toBe('txt');
    expect(sniffFormat(Buffer.from(prose), 'vectors.md')).toBe('md');
    expect(sniffFormat(Buffer.from('<head><title>T</title></head><body><p>x</p></body>'), 'page.txt')).toBe('html');
  });

  it('still takes a PDF whose header follows whitespace, a BOM or a binary prefix', () => {
    expect(sniffFormat(Buffer.from('\r\n  %PDF-1.7\n1 0 obj'), 'a.bin')).toBe('pdf');
    expect(sniffFormat(Buffer.from('\uFEFF%PDF-1.4\n'), 'a.bin')).toBe('pdf');
    const macBinary = Buffer.concat([Buffer.from([0, 9, 1, 2, 0, 0, 3]), Buffer.from('report%PDF-1.3\n')]);
    expect(sniffFormat(macBinary, 'report.pdf')).toBe('pdf');
  });

  it('reads a page with one stray NUL byte early on, while binary files stay refused', () => {
    const withNul = page('a'.repeat(400));
    withNul[500 - 100] = 0; // inside the paragraph, well within the first kilobyte
    const nulAt = withNul.indexOf(0);
    expect(nulAt).toBeGreaterThan(0);
    expect(nulAt).toBeLessThan(1024);
    expect(sniffFormat(withNul, 'page.html')).toBe('html');
    const noisy = Buffer.alloc(4096, 0x41);
    for (let i = 0; i < noisy.length; i += 16) noisy[i] = 0;
    expect(sniffFormat(noisy, 'data.txt')).toBe('binary');
  });

  it('recognises UTF-16LE and UTF-16BE text without a byte-order mark', () => {
    const letter = 'Dear editor,\r\n\r\nThe minutes of the council meeting are attached. Ça coûte cher.\r\n';
    const le = Buffer.from(letter, 'utf16le');
    expect(sniffFormat(le, 'letter.txt')).toBe('txt');
    expect(sniffFormat(Buffer.from('<html><body><p>Привет, мир</p></body></html>', 'utf16le'), 'p.htm')).toBe('html');
    const be = Buffer.from(le).swap16();
    expect(sniffFormat(be, 'letter.txt')).toBe('txt');
  });
});
