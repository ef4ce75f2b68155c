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
