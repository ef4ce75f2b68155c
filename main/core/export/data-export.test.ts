import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksumLibraryContent } from '../../../db/backup';
import { countEverything } from '../../../db/stats';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { exportLibraryData } from './data-export-files';
import { buildLibraryJson, importLibraryJson } from './library-json';
import { addTestArticle, chipsStory } from '../../test-support/test-article';
import { listAllArticleIds } from '../../../db/backup-data';

let dir: string;
let core: TestCore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-data-'));
  core = openTestCore(join(dir, 'from.sqlite'));
  const a = addTestArticle(core, { ...chipsStory(1), title: '=HYPERLINK("http://evil") "quoted", headline' });
  addTestArticle(core, { ...chipsStory(2), title: 'Les puces, l’été', language: 'fr', tags: ['chips', 'fr'] });
  addTestArticle(core, { ...chipsStory(3, '商务部表示，芯片出口需要许可证。'), title: '芯片出口', language: 'zh' });
  await core.api.createQuote({ articleId: a, exact: 'exports of accelerator chips number 1' });
  await core.api.createNote({ articleId: a, body: 'Check with the ministry' });
  await core.api.createNote({ body: 'Story plan: a free note' });
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('JSON export', () => {
  it('round-trips into another library: same counts, same content, same provenance', async () => {
    const out = join(dir, 'export.json');
    const result = await exportLibraryData(core.context, { format: 'json', outPath: out });
    expect(result.articles).toBe(3);
    const json: unknown = JSON.parse(readFileSync(out, 'utf8'));

    const other = openTestCore(join(dir, 'to.sqlite'));
    try {
      expect(importLibraryJson(other.context, json)).toEqual({ imported: 3, duplicates: 0 });
      expect(countEverything(other.db)).toEqual(countEverything(core.db));
      expect(checksumLibraryContent(other.db)).toBe(checksumLibraryContent(core.db));
      const again = buildLibraryJson(other.context, listAllArticleIds(other.db));
      const first = buildLibraryJson(core.context, listAllArticleIds(core.db));
      expect(again.articles.map((a) => a.source)).toEqual(first.articles.map((a) => a.source));
      expect(again.articles.map((a) => a.quotes.map((q) => q.exact))).toEqual(
        first.articles.map((a) => a.quotes.map((q) => q.exact)),
      );
      // importing the same export twice adds nothing
      expect(importLibraryJson(other.context, json)).toEqual({ imported: 0, duplicates: 3 });
      expect(countEverything(other.db).notes).toBe(2);
    } finally {
      other.close();
    }
  });

  it('carries key dates on notes across; a malformed day in a file is dropped, never aborting the import', async () => {
    const [first] = listAllArticleIds(core.db);
    await core.api.createNote({ articleId: first!, body: 'Export ban announced', eventDate: '2023-10-17' });
    await core.api.createNote({ body: 'Hearing in Congress', eventDate: '2024-03-03' });
    const json = buildLibraryJson(core.context, listAllArticleIds(core.db));
    const other = openTestCore(':memory:');
    try {
      importLibraryJson(other.context, JSON.parse(JSON.stringify(json)));
      const copy = buildLibraryJson(other.context, listAllArticleIds(other.db));
      const days = (j: typeof copy): (string | null | undefined)[] =>
        [...j.articles.flatMap((a) => a.notes), ...j.notes].map((n) => n.eventDate).sort();
      expect(days(copy)).toEqual(days(json));
      expect(days(copy)).toContain('2023-10-17');
      expect(days(copy)).toContain('2024-03-03');

      const damaged = JSON.parse(JSON.stringify(json)) as typeof json;
      damaged.notes = [
        {
          body: 'A day that does not exist',
          createdAt: json.exportedAt,
          updatedAt: json.exportedAt,
          eventDate: '2024-02-31',
        },
      ];
      const third = openTestCore(':memory:');
      try {
        expect(importLibraryJson(third.context, damaged)).toEqual({ imported: 3, duplicates: 0 });
        const free = buildLibraryJson(third.context, []).notes;
        expect(free).toEqual([expect.objectContaining({ body: 'A day that does not exist', eventDate: null })]);
      } finally {
        third.close();
      }
    } finally {
      other.close();
    }
  });

  it("carries the reporter's corrections and the date's source across, still kept apart from the extracted values", async () => {
    const [first] = listAllArticleIds(core.db);
    const extractedTitle = (await core.api.getArticle({ id: first! })).title;
    await core.api.updateArticleMetadata({
      id: first!,
      changes: { title: 'Corrected headline', publishedAt: '2025-01-02' },
    });
    const json = buildLibraryJson(core.context, listAllArticleIds(core.db));
    const other = openTestCore(':memory:');
    try {
      importLibraryJson(other.context, JSON.parse(JSON.stringify(json)));
      const [copy] = listAllArticleIds(other.db);
      const article = await other.api.getArticle({ id: copy! });
      expect(article).toMatchObject({
        title: 'Corrected headline',
        publishedAt: '2025-01-02',
        publishedAtSource: 'user',
      });
      expect(article.editedFields).toEqual(['publishedAt', 'title']);
      expect(article.extracted.title).toBe(extractedTitle);
      expect((await other.api.search({ query: 'title:corrected', limit: 5 })).hits.map((h) => h.id)).toEqual([copy]);
    } finally {
      other.close();
    }
  });

  it('shows an imported library file’s article markup only sanitized, whatever the file holds', async () => {
    const json = buildLibraryJson(core.context, listAllArticleIds(core.db));
    const evil = `<p>Kept words</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">link</a>`;
    // A web page's markup is kept as extracted and sanitized when shown; a PDF's is held safe, so sanitized on the way in.
    json.articles[0]!.format = 'html';
    json.articles[0]!.html = evil;
    json.articles[1]!.format = 'pdf';
    json.articles[1]!.html = evil;
    const other = openTestCore(':memory:');
    try {
      importLibraryJson(other.context, json);
      const [pageId, pdfId] = listAllArticleIds(other.db);
      for (const id of [pageId!, pdfId!]) {
        const shown = await other.api.getArticle({ id });
        expect(shown.html).toContain('<p>Kept words</p>');
        expect(shown.html).not.toMatch(/onerror|<script|javascript:|alert/);
      }
      const storedPdf = other.db.prepare('SELECT html FROM articles WHERE id = ?').get(pdfId) as { html: string };
      expect(storedPdf.html).not.toMatch(/onerror|<script|javascript:|alert/);
    } finally {
      other.close();
    }
  });

  it('refuses a damaged export and imports nothing', () => {
    const json = buildLibraryJson(core.context, listAllArticleIds(core.db));
    json.articles[2]!.source.base64 = Buffer.from('tampered').toString('base64');
    const other = openTestCore(':memory:');
    try {
      expect(() => importLibraryJson(other.context, json)).toThrow(expect.objectContaining({ code: 'CORRUPT_FILE' }));
      expect(countEverything(other.db).articles).toBe(0);
      expect(() => importLibraryJson(other.context, { format: 'something-else' })).toThrow(
        expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
      );
    } finally {
      other.close();
    }
  });
});

describe('CSV export', () => {
  it('writes articles, entities and quotes, quoted and safe for spreadsheets', async () => {
    const result = await exportLibraryData(core.context, { format: 'csv', outPath: join(dir, 'csv') });
    expect(result.files.map((f) => f.slice(dir.length + 5))).toEqual(['articles.csv', 'entities.csv', 'quotes.csv']);
    const articles = readFileSync(join(dir, 'csv', 'articles.csv'), 'utf8');
    expect(articles.startsWith('\uFEFF"id","title"')).toBe(true);
    expect(articles).toContain('"\'=HYPERLINK(""http://evil"") ""quoted"", headline"');
    expect(articles).toContain('"Les puces, l’été"');
    expect(articles).toContain('"chips; fr"');
    expect(articles.trim().split('\r\n')).toHaveLength(4);
    const quotes = readFileSync(join(dir, 'csv', 'quotes.csv'), 'utf8');
    expect(quotes).toContain('"exports of accelerator chips number 1"');
  });

  it('packs the three files in one zip when asked, limited to a scope', async () => {
    const out = join(dir, 'export.zip');
    const result = await exportLibraryData(core.context, {
      format: 'csv',
      outPath: out,
      scope: { kind: 'tag', tag: 'fr' },
    });
    expect(result.articles).toBe(1);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['articles.csv', 'entities.csv', 'quotes.csv']);
    expect(await zip.file('articles.csv')!.async('string')).toContain('Les puces');
  });
});
