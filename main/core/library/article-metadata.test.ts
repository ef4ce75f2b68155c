import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import { makePdf } from '../../test-support/make-pdf';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { validateEditedDate, validateLanguageTag } from './article-metadata';

const SENTENCE =
  'The ministry confirmed on Tuesday that export licences for accelerator chips were suspended while investigators examined the shipments.';

function page(head: string, title = 'Licences suspended'): string {
  const body = Array.from({ length: 5 }, (_, i) => `<p>${SENTENCE} ${title} (${i})</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-meta-'));
  core = openTestCore(':memory:', { now: () => '2026-01-15T10:00:00.000Z' });
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importFile(name: string, content: string | Buffer): Promise<ArticleId> {
  writeFileSync(join(dir, name), content);
  const batch = await core.api.importPaths({ paths: [join(dir, name)] });
  const line = batch.results[0]!;
  if (line.status !== 'imported') throw new Error(`${name} was not imported: ${JSON.stringify(line)}`);
  return line.id!;
}

async function searchIds(query: string): Promise<number[]> {
  return (await core.api.search({ query, limit: 50 })).hits.map((h) => h.id);
}

describe('where an article’s date came from', () => {
  it('marks a PDF’s CreationDate as the document’s date, and the brief cites it as "document date"', async () => {
    const id = await importFile(
      'printed-page.pdf',
      makePdf({ pages: [[SENTENCE]], title: 'Chip licences suspended', creationDate: "D:20240312094500+01'00'" }),
    );
    const article = await core.api.getArticle({ id });
    expect(article.publishedAt).toBe('2024-03-12T08:45:00.000Z');
    expect(article.publishedAtSource).toBe('pdf-metadata');

    const quote = await core.api.createQuote({ articleId: id, exact: 'export licences for accelerator chips' });
    expect(quote.formatted.plain).toContain('document date 2024-03-12');
    const { html } = await core.api.previewBrief({
      definition: { title: 'Chips', scope: { kind: 'ids', ids: [id] }, sections: ['quotes', 'timeline'] },
    });
    expect(html).toContain('Chip licences suspended”, document date 2024-03-12');
    expect(html).not.toContain('published 2024-03-12');
    expect(html).toContain('2024-03-12 (document date)');
  });

  it('records JSON-LD, meta tags and e-mail headers as the sources of a date', async () => {
    const jsonLd = await importFile(
      'ld.html',
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Licences suspended","datePublished":"2024-02-01T09:00:00Z"}</script><meta property="article:published_time" content="2023-01-01">',
      ),
    );
    const meta = await importFile(
      'meta.html',
      page('<meta property="article:published_time" content="2024-02-02">', 'Second story'),
    );
    const undated = await importFile('plain.html', page('', 'Third story'));
    const mail = await importFile(
      'note.eml',
      `From: Desk <desk@example.com>\r\nTo: a@example.com\r\nSubject: Chip licences\r\nDate: Tue, 05 Mar 2024 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${SENTENCE} Mail.\r\n`,
    );
    const sources = await Promise.all(
      [jsonLd, meta, undated, mail].map(async (id) => {
        const a = await core.api.getArticle({ id });
        return [a.publishedAt, a.publishedAtSource];
      }),
    );
    expect(sources).toEqual([
      ['2024-02-01T09:00:00.000Z', 'json-ld'],
      ['2024-02-02', 'meta'],
      [null, null],
      ['2024-03-05T10:00:00.000Z', 'email-header'],
    ]);
  });
});

describe('updateArticleMetadata', () => {
  it('corrects the title: search finds the new words at once and no longer the old ones', async () => {
    const id = await importFile('seed.html', page('', 'tout pour former votre modèle'));
    expect(await searchIds('title:former')).toEqual([id]);

    const edited = await core.api.updateArticleMetadata({
      id,
      changes: { title: 'Nvidia opens a training centre in Grenoble' },
    });
    expect(edited.title).toBe('Nvidia opens a training centre in Grenoble');
    expect(edited.editedFields).toEqual(['title']);
    expect(edited.extracted).toEqual({ title: 'tout pour former votre modèle' });
    expect(await searchIds('title:grenoble')).toEqual([id]);
    expect(await searchIds('title:former')).toEqual([]);
    // The old title's words are gone from the vocabulary too (prefix and fuzzy queries expand against it).
    expect(core.db.prepare("SELECT docs FROM search_vocab WHERE term = 'form'").pluck().get()).toBeUndefined();
  });

  it('keeps edits apart, marks a corrected date as the reporter’s, and reverts to the extracted value', async () => {
    const id = await importFile(
      'printed.pdf',
      makePdf({ pages: [[SENTENCE]], title: 'Chip licences', creationDate: 'D:20240312094500Z' }),
    );
    const changes: string[] = [];
    core.context.events.on('library:changed', (e) => changes.push(e.reason));
    const edited = await core.api.updateArticleMetadata({
      id,
      changes: { publishedAt: '2024-03-01', byline: '  Jane   Doe ', siteName: 'Le Monde', language: 'FR-ca' },
    });
    expect(edited).toMatchObject({
      publishedAt: '2024-03-01',
      publishedAtSource: 'user',
      byline: 'Jane Doe',
      siteName: 'Le Monde',
      language: 'fr-CA',
    });
    expect(edited.editedFields.sort()).toEqual(['byline', 'language', 'publishedAt', 'siteName']);
    expect(edited.extracted.publishedAt).toBe('2024-03-12T09:45:00.000Z');
    expect(changes).toEqual(['article-edited']);

    const reverted = await core.api.updateArticleMetadata({ id, changes: { revert: ['publishedAt'] } });
    expect(reverted.publishedAt).toBe('2024-03-12T09:45:00.000Z');
    expect(reverted.publishedAtSource).toBe('pdf-metadata');
    expect(reverted.editedFields).not.toContain('publishedAt');
  });

  it('refuses bad values with a message and leaves the article as it was', async () => {
    const id = await importFile('a.html', page(''));
    const bad = [
      { title: '   ' },
      { publishedAt: '12/03/2024' },
      { publishedAt: '2024-02-30' },
      { publishedAt: '1850-01-01' },
      { language: 'english' },
      { language: 'x!' },
      { byline: 'x'.repeat(301) },
      { text: 'new body' },
      {},
      { title: 'New', language: 'not a tag' },
    ];
    for (const changes of bad) {
      const err = await core.api.updateArticleMetadata({ id, changes: changes as never }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, JSON.stringify(changes)).toBeInstanceOf(DossierError);
      expect((err as DossierError).code).toBe('INVALID_INPUT');
    }
    const article = await core.api.getArticle({ id });
    expect(article.title).toBe('Licences suspended');
    expect(article.editedFields).toEqual([]);
    await expect(
      core.api.updateArticleMetadata({ id: 999 as ArticleId, changes: { title: 'x' } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps edits through a re-import of the same file and an entity re-scan', async () => {
    const html = page('', 'tout pour former votre modèle');
    const id = await importFile('seed.html', html);
    await core.api.updateArticleMetadata({
      id,
      changes: { title: 'Ministry suspends chip licences', siteName: 'AFP' },
    });

    const again = await core.api.importPaths({ paths: [join(dir, 'seed.html')] });
    expect(again.results[0]).toMatchObject({ status: 'duplicate', duplicateOf: id });
    await core.api.createEntity({ name: 'Ministry', type: 'organisation', aliases: ['ministry'] });
    await core.parts.entityEngine.whenIdle();

    const article = await core.api.getArticle({ id });
    expect(article.entities.map((e) => e.name)).toContain('Ministry');
    expect(article).toMatchObject({ title: 'Ministry suspends chip licences', siteName: 'AFP' });
    expect(article.editedFields.sort()).toEqual(['siteName', 'title']);
  });

  it('updates the outlet facet and the quotes’ citations already taken', async () => {
    const id = await importFile('a.html', page('<meta property="og:site_name" content="Exemple">'));
    const quote = await core.api.createQuote({ articleId: id, exact: 'export licences for accelerator chips' });
    expect(quote.citation.outlet).toBe('Exemple');
    const before = await core.api.search({ query: 'licences', limit: 10 });
    expect(before.facets.sites.map((f) => f.value)).toEqual(['Exemple']);

    await core.api.updateArticleMetadata({ id, changes: { siteName: 'Reuters', title: 'Licences halted' } });
    const after = await core.api.search({ query: 'licences', limit: 10 });
    expect(after.facets.sites.map((f) => f.value)).toEqual(['Reuters']);
    const [refreshed] = await core.api.listQuotes({ articleId: id });
    expect(refreshed!.citation).toMatchObject({ outlet: 'Reuters', headline: 'Licences halted' });
    expect(refreshed!.formatted.plain).toContain('“Licences halted”, Reuters');
  });
});

describe('validating corrected values', () => {
  const now = Date.parse('2026-01-15T10:00:00Z');
  it('keeps a day as a day, reads a time without a zone as UTC, and refuses days that do not exist', () => {
    expect(validateEditedDate('2024-03-01', now)).toBe('2024-03-01');
    expect(validateEditedDate('2024-03-01 10:30', now)).toBe('2024-03-01T10:30:00.000Z');
    expect(validateEditedDate('2024-03-01T10:30+02:00', now)).toBe('2024-03-01T08:30:00.000Z');
    expect(validateEditedDate('', now)).toBeNull();
    for (const bad of ['2024-02-30T10:00Z', '2028-01-01', '1 March 2024', '2024-3-1']) {
      expect(() => validateEditedDate(bad, now), bad).toThrow(/YYYY-MM-DD/);
    }
  });

  it('canonicalises BCP 47 tags and refuses what is not one', () => {
    expect(validateLanguageTag('pt-br')).toBe('pt-BR');
    expect(validateLanguageTag('zh-hant')).toBe('zh-Hant');
    expect(validateLanguageTag(' ')).toBeNull();
    for (const bad of ['english', 'fr_FR', '12']) expect(() => validateLanguageTag(bad), bad).toThrow(/BCP 47/);
  });
});
