import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../parse-file';
import { sanitizeHtml } from '../sanitize-html';

const limits = { maxBytes: 200 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };

function quotedPrintable(bytes: Buffer): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    const piece =
      (b >= 33 && b <= 126 && b !== 61) || b === 32
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 72) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function makeMhtml(html: string, charset: string | null): Buffer {
  const b = '----MultipartBoundary--abc123----';
  const encoded = quotedPrintable(charset ? iconv.encode(html, charset) : Buffer.from(html, 'utf8'));
  return Buffer.from(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example.ru/2024/story',
      'Subject: =?utf-8?Q?Story?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${b}"`,
      '',
      `--${b}`,
      `Content-Type: text/html${charset ? `; charset=${charset}` : ''}`,
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://news.example.ru/2024/story',
      '',
      encoded,
      `--${b}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://news.example.ru/img/photo.png',
      '',
      PNG.toString('base64'),
      `--${b}--`,
      '',
    ].join('\r\n'),
    'latin1',
  );
}

const RU =
  'Министерство подтвердило во вторник, что лицензии на экспорт новых микросхем приостановлены, пока следователи выясняют, как поставки попали к посредникам.';
const body = `<article><h1>Экспорт микросхем</h1>${Array.from({ length: 6 }, () => `<p>${RU}</p>`).join('')}<p><img src="/img/photo.png" alt="photo"></p><p>See <a href="/2024/earlier">the earlier story</a> and <a href="#notes">the notes</a>.</p></article>`;

describe('MHTML import', () => {
  it('reads the main page (quoted-printable, MIME charset), inlines its images and keeps the snapshot URL', async () => {
    const html = `<!DOCTYPE html><html><head><title>Экспорт микросхем</title></head><body>${body}</body></html>`;
    const out = await parseFile({ fileName: 'story.mhtml', bytes: makeMhtml(html, 'windows-1251'), ...limits });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.article.format).toBe('mhtml');
    expect(out.article.text).toContain('Министерство подтвердило');
    expect(out.article.url).toBe('https://news.example.ru/2024/story');
    expect(out.article.language).toBe('ru');
    // What the reader is handed: the stored markup through the sanitizer (getArticle).
    const shown = sanitizeHtml(out.article.html);
    expect(shown).toContain('src="data:image/png;base64,');
    // Relative links resolve against the snapshot's address (else the sanitizer would drop them); in-page ones stay.
    expect(shown).toContain('<a href="https://news.example.ru/2024/earlier" rel="noreferrer noopener">');
    expect(shown).toContain('<a href="#notes" rel="noreferrer noopener">');
  });

  it('uses the page <meta charset> when the MIME part declares none', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Экспорт микросхем</title></head><body>${body}</body></html>`;
    const out = await parseFile({ fileName: 'story.mht', bytes: makeMhtml(html, null), ...limits });
    expect(out.ok && out.article.title).toBe('Экспорт микросхем');
  });

  it('fails an archive cut short before any text as CORRUPT_FILE, and a complete but blank page as EMPTY', async () => {
    const cut = makeMhtml('<!DOCTYPE html><html lang="en"><head><title>Port', null);
    expect(await parseFile({ fileName: 'cut.mhtml', bytes: cut, ...limits })).toMatchObject({
      ok: false,
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('cut short'),
    });
    const blank = makeMhtml('<!DOCTYPE html><html><head><title></title></head><body></body></html>', null);
    expect(await parseFile({ fileName: 'blank.mhtml', bytes: blank, ...limits })).toMatchObject({
      ok: false,
      code: 'EMPTY',
    });
  });

  it('fails an archive with no web page inside as CORRUPT_FILE', async () => {
    const raw =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n';
    expect(await parseFile({ fileName: 'x.mhtml', bytes: Buffer.from(raw), ...limits })).toMatchObject({
      ok: false,
      code: 'CORRUPT_FILE',
    });
  });
});
