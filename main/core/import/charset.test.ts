import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './charset';

describe('decodeBytes', () => {
  it('follows a byte-order mark over any declaration', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('<meta charset="gb2312">Ünïcode', 'utf-16le'),
    ]);
    expect(decodeBytes(bytes, { sniffHtml: true })).toMatchObject({
      text: '<meta charset="gb2312">Ünïcode',
      charset: 'utf-16le',
    });
  });

  it('uses the MIME or HTML declaration for legacy bytes', () => {
    expect(decodeBytes(iconv.encode('Привет, мир', 'windows-1251'), { declared: 'windows-1251' }).text).toBe(
      'Привет, мир',
    );
    const big5 = iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=big5">臺灣新聞', 'big5');
    expect(decodeBytes(big5, { sniffHtml: true }).text).toContain('臺灣新聞');
    expect(
      decodeBytes(iconv.encode('<meta charset="shift_jis">日本語のニュース', 'shift_jis'), { sniffHtml: true }).text,
    ).toContain('日本語のニュース');
  });

  it('notices a declaration that the bytes contradict', () => {
    const out = decodeBytes(Buffer.from('<meta charset="iso-8859-1">Zürich, 東京', 'utf8'), { sniffHtml: true });
    expect(out).toMatchObject({
      text: '<meta charset="iso-8859-1">Zürich, 東京',
      charset: 'utf-8',
      declaredCharset: 'iso-8859-1',
    });
  });

  it('guesses when nothing is declared and the bytes are not UTF-8', () => {
    const text = 'Министерство подтвердило во вторник, что лицензии на экспорт приостановлены.';
    expect(decodeBytes(iconv.encode(text, 'windows-1251')).text).toBe(text);
    const zh = '商务部周二表示，将对部分高性能芯片实施出口管制措施。';
    expect(decodeBytes(iconv.encode(zh, 'gbk')).text).toBe(zh);
  });
});

describe('decodeBytes without a byte-order mark', () => {
  it('decodes UTF-16LE and UTF-16BE by their zero-byte pattern', () => {
    const text = 'Réunion du conseil, 12 mars: Привет, мир.';
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toEqual({ text, charset: 'utf-16le' });
    expect(decodeBytes(Buffer.from(text, 'utf16le').swap16())).toEqual({ text, charset: 'utf-16be' });
  });
});
