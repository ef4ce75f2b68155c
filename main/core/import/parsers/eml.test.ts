import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../parse-file';

const limits = { maxBytes: 200 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };

const EML = [
  'From: Press Office <press@ministry.example>',
  'To: Newsdesk <desk@paper.example>, Ana <ana@paper.example>',
  'Subject: =?utf-8?Q?Embargoed:_export_figures_for_Q1?=',
  'Date: Tue, 12 Mar 2024 09:45:00 +0100',
  'Message-ID: <abc@ministry.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="mix"',
  '',
  '--mix',
  'Content-Type: multipart/alternative; boundary="alt"',
  '',
  '--alt',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Plain version of the release.',
  '--alt',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p>Exports of semiconductors fell by a third in the first quarter, the ministry said.</p><script>track()</script></body></html>',
  '--alt--',
  '--mix',
  'Content-Type: application/pdf; name="figures.pdf"',
  'Content-Disposition: attachment; filename="figures.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 fake').toString('base64'),
  '--mix--',
  '',
].join('\r\n');

describe('e-mail import', () => {
  it('uses the headers as metadata, the HTML body as the article, and lists attachments', async () => {
    const out = await parseFile({ fileName: 'release.eml', bytes: Buffer.from(EML), ...limits });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const a = out.article;
    expect(a.format).toBe('eml');
    expect(a.title).toBe('Embargoed: export figures for Q1');
    expect(a.byline).toBe('Press Office <press@ministry.example>');
    expect(a.publishedAt).toBe('2024-03-12T08:45:00.000Z');
    expect(a.text).toContain('Exports of semiconductors fell');
    expect(a.html).not.toContain('script');
    expect(a.metadata.to).toEqual(['Newsdesk <desk@paper.example>', 'Ana <ana@paper.example>']);
    expect(a.metadata.attachments).toEqual([{ fileName: 'figures.pdf', mimeType: 'application/pdf', bytes: 13 }]);
  });

  it('falls back to the text body, and drops an impossible date', async () => {
    const raw =
      'From: a@b.example\r\nTo: c@d.example\r\nSubject: Note\r\nDate: Mon, 1 Jan 3609 10:00:00 +0000\r\n\r\nMeet at the courthouse at nine.\r\n';
    const out = await parseFile({ fileName: 'note.eml', bytes: Buffer.from(raw), ...limits });
    expect(out).toMatchObject({ ok: true, article: { title: 'Note', publishedAt: null } });
    if (out.ok) expect(out.article.text).toBe('Meet at the courthouse at nine.');
  });

  it('reads a raw 8-bit Big5 subject with the charset the message declares', async () => {
    const head = Buffer.from('From: a@b.example\r\nTo: c@d.example\r\nSubject: ', 'latin1');
    const rest = Buffer.from(
      '\r\nContent-Type: text/plain; charset="big5"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
      'latin1',
    );
    const raw = Buffer.concat([
      head,
      iconv.encode('臺灣新聞摘要', 'big5'),
      rest,
      iconv.encode('今天的新聞摘要如下，請參考附件中的完整報導內容。', 'big5'),
    ]);
    const out = await parseFile({ fileName: 'big5.eml', bytes: raw, ...limits });
    expect(out).toMatchObject({ ok: true, article: { title: '臺灣新聞摘要', language: 'zh' } });
  });

  it('reports an e-mail with no body as EMPTY', async () => {
    const raw = 'From: a@b.example\r\nTo: c@d.example\r\nSubject: (no text)\r\n\r\n';
    expect(await parseFile({ fileName: 'x.eml', bytes: Buffer.from(raw), ...limits })).toMatchObject({
      ok: false,
      code: 'EMPTY',
    });
  });
});
