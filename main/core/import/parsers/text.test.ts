import { describe, expect, it } from 'vitest';
import { parseFile } from '../parse-file';

const limits = { maxBytes: 200 * 1024 * 1024, maxUncompressedBytes: 1024 * 1024 * 1024 };

describe('text and Markdown import', () => {
  it('imports a text file with its first line as title and paragraphs kept', async () => {
    const out = await parseFile({
      fileName: 'call.txt',
      bytes: Buffer.from('Call with the source\n\nShe confirmed the <shipment> left in May.\n'),
      ...limits,
    });
    expect(out).toMatchObject({ ok: true, article: { format: 'txt', title: 'Call with the source', wordCount: 11 } });
    if (out.ok)
      expect(out.article.html).toBe(
        '<p>Call with the source</p>\n<p>She confirmed the &lt;shipment&gt; left in May.</p>',
      );
  });

  it('renders Markdown to sanitized HTML and takes the first heading as title', async () => {
    const md =
      '---\ndraft: true\n---\nIntro line\n\n# Timeline of the deal\n\n- **March**: talks begin\n- April: <script>x()</script>signed\n';
    const out = await parseFile({ fileName: 'timeline.md', bytes: Buffer.from(md), ...limits });
    expect(out).toMatchObject({ ok: true, article: { format: 'md', title: 'Timeline of the deal' } });
    if (!out.ok) return;
    expect(out.article.html).toContain('<strong>March</strong>');
    expect(out.article.html).not.toContain('script');
    expect(out.article.text).not.toContain('draft');
  });
});

describe('files that are not documents', () => {
  it('reports an empty file as EMPTY', async () => {
    expect(await parseFile({ fileName: 'empty.html', bytes: new Uint8Array(0), ...limits })).toMatchObject({
      ok: false,
      code: 'EMPTY',
    });
    expect(await parseFile({ fileName: 'blank.txt', bytes: Buffer.from('  \n\n '), ...limits })).toMatchObject({
      ok: false,
      code: 'EMPTY',
    });
  });

  it('reports binary junk as UNSUPPORTED_FORMAT whatever its extension', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(await parseFile({ fileName: 'report.pdf', bytes: junk, ...limits })).toMatchObject({
      ok: false,
      code: 'UNSUPPORTED_FORMAT',
    });
    expect(await parseFile({ fileName: 'notes.txt', bytes: junk, ...limits })).toMatchObject({
      ok: false,
      code: 'UNSUPPORTED_FORMAT',
    });
  });

  it('refuses a file over the size cap', async () => {
    const out = await parseFile({
      fileName: 'big.txt',
      bytes: Buffer.alloc(2048, 0x61),
      maxBytes: 1024,
      maxUncompressedBytes: 1024,
    });
    expect(out).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
  });
});

describe('a text file that quotes markup', () => {
  it('keeps every "<" as a character of the text, so the passage can be found and quoted', async () => {
    const { openCore } = await import('../../kernel/open-core');
    const core = openCore(':memory:');
    try {
      const body =
        'Every vector as plain text\n\nSeen in the leak: <body onload="__xss(1)"> and <p style="x">hi</p>.\n';
      const batch = await core.api.importUploads({
        files: [{ name: 'vectors.txt', base64: Buffer.from(body).toString('base64') }],
      });
      const id = batch.results[0]!.id!;
      const article = await core.api.getArticle({ id });
      expect(article.format).toBe('txt');
      expect(article.text).toContain('<body onload="__xss(1)">');
      const quote = await core.api.createQuote({ articleId: id, exact: '<p style="x">hi</p>' });
      expect(quote.exact).toBe('<p style="x">hi</p>');
    } finally {
      core.close();
    }
  });
});
