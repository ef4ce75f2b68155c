import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { makePdf } from '../../test-support/make-pdf';
import { dispatch } from '../kernel/dispatch';

const STORY =
  'The ministry confirmed on Tuesday that the export licences for the new accelerator chips were suspended while investigators examine how the shipments reached the three intermediaries named in the filing.';

function article(title: string, extraHead = '', sentence = STORY): string {
  const body = Array.from({ length: 6 }, (_, i) => `<p>${sentence} ${title} (${i}).</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><title>${title}</title>${extraHead}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

let dir: string;
let core: TestCore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
  core = openTestCore(':memory:');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importPaths', () => {
  it('walks folders, skips hidden and system files, and one corrupt file does not stop the batch', async () => {
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'saved_files'));
    writeFileSync(join(dir, 'a.html'), article('First story'));
    writeFileSync(join(dir, 'saved.html'), article('Saved complete page'));
    writeFileSync(join(dir, 'saved_files', 'inner.html'), article('Asset page that must be ignored'));
    writeFileSync(
      join(dir, 'sub', 'b.pdf'),
      makePdf({ pages: [['A second story about export licences and chips']], title: 'Second story' }),
    );
    writeFileSync(join(dir, 'sub', 'broken.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x41)]));
    writeFileSync(join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    writeFileSync(join(dir, 'Thumbs.db'), Buffer.from([0, 1, 2]));
    writeFileSync(join(dir, '.hidden.html'), article('Hidden'));

    const events: ImportProgress[] = [];
    let changes = 0;
    core.context.events.on('import:progress', (p) => events.push(p));
    core.context.events.on('library:changed', () => changes++);
    const batch = await core.api.importPaths({ paths: [dir, join(dir, 'missing.pdf')] });

    const byName = Object.fromEntries(batch.results.map((r) => [r.file.replace(`${dir}/`, ''), r]));
    expect(Object.keys(byName).sort()).toEqual([
      '.DS_Store',
      '.hidden.html',
      'Thumbs.db',
      'a.html',
      'missing.pdf',
      'saved.html',
      'sub/b.pdf',
      'sub/broken.pdf',
    ]);
    // Left alone, but each with its line saying why.
    expect(byName['.DS_Store']).toMatchObject({ status: 'skipped', skipped: 'system-file' });
    expect(byName['Thumbs.db']).toMatchObject({ status: 'skipped', skipped: 'system-file' });
    expect(byName['.hidden.html']).toMatchObject({ status: 'skipped', skipped: 'hidden' });
    expect(byName['a.html']).toMatchObject({ status: 'imported', title: 'First story', format: 'html' });
    expect(byName['sub/b.pdf']).toMatchObject({ status: 'imported', title: 'Second story', format: 'pdf' });
    expect(byName['sub/broken.pdf']).toMatchObject({
      status: 'failed',
      format: 'pdf',
      error: { code: 'CORRUPT_FILE' },
    });
    expect(byName['missing.pdf']).toMatchObject({ status: 'failed', error: { code: 'NOT_FOUND' } });
    expect((await core.api.listArticles({})).total).toBe(3);
    expect(changes).toBe(3);
    const last = events.at(-1)!;
    expect(last).toMatchObject({ batchId: batch.batchId, done: 4, total: 4 });
    expect(events.filter((e) => e.result).length).toBe(4);

    const stored = await core.api.getArticle({ id: byName['sub/b.pdf']!.id! });
    expect(stored.source.fileName).toBe('b.pdf');
    expect(stored.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports duplicates by same bytes, same canonical URL and same text, storing nothing twice', async () => {
    const canonical = '<link rel="canonical" href="https://news.example.com/a">';
    writeFileSync(join(dir, '1.html'), article('Original', canonical));
    writeFileSync(join(dir, '2-copy.html'), article('Original', canonical));
    const first = await core.api.importPaths({ paths: [join(dir, '1.html')] });
    const id = first.results[0]!.id!;
    const again = await core.api.importPaths({ paths: [join(dir, '2-copy.html')] });
    expect(again.results[0]).toMatchObject({ status: 'duplicate', duplicateOf: id });

    writeFileSync(
      join(dir, '3-url.html'),
      article(
        'Updated headline',
        canonical,
        'A rewritten version of the story with new facts about the suspended licences.',
      ),
    );
    expect((await core.api.importPaths({ paths: [join(dir, '3-url.html')] })).results[0]).toMatchObject({
      status: 'duplicate',
      duplicateOf: id,
    });

    writeFileSync(
      join(dir, '4-text.html'),
      article('Original', '<meta name="x" content="different bytes">').replace(
        '<article>',
        '<article class="other-layout">',
      ),
    );
    expect((await core.api.importPaths({ paths: [join(dir, '4-text.html')] })).results[0]).toMatchObject({
      status: 'duplicate',
      duplicateOf: id,
    });
    expect((await core.api.listArticles({})).total).toBe(1);
  });

  it('leaves nothing half-written when storing a file fails, and imports it cleanly later', async () => {
    writeFileSync(join(dir, 'a.html'), article('Hook victim'));
    const failing = () => {
      throw new Error('index exploded');
    };
    core.faults.afterStored = failing;
    const batch = await core.api.importPaths({ paths: [join(dir, 'a.html')] });
    expect(batch.results[0]).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } });
    expect((await core.api.getStats()).articles).toBe(0);
    core.faults.afterStored = null;
    // Had the source row survived, this would come back as a duplicate of nothing.
    const retry = await core.api.importPaths({ paths: [join(dir, 'a.html')] });
    expect(retry.results[0]).toMatchObject({ status: 'imported' });
  });

  it('retries an encrypted PDF with its password', async () => {
    writeFileSync(
      join(dir, 'locked.pdf'),
      makePdf({ pages: [['Leaked board minutes about the chip shipments']], userPassword: 'pässwort' }),
    );
    const locked = await core.api.importPaths({ paths: [join(dir, 'locked.pdf')] });
    expect(locked.results[0]).toMatchObject({ status: 'failed', format: 'pdf', error: { code: 'ENCRYPTED' } });
    const open = await core.api.importPaths({ paths: [join(dir, 'locked.pdf')], password: 'pässwort' });
    expect(open.results[0]).toMatchObject({ status: 'imported', format: 'pdf' });
  });

  it('rejects bad arguments', async () => {
    await expect(core.api.importPaths({ paths: [] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.api.importPaths({ paths: 'x' as unknown as string[] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('importUploads', () => {
  it('imports from uploaded bytes, keeping the file name for provenance', async () => {
    const files = [
      { name: 'story.html', base64: Buffer.from(article('Uploaded story')).toString('base64') },
      { name: 'junk.bin', base64: Buffer.from([0, 1, 2, 3, 4, 5, 0, 0, 9]).toString('base64') },
      { name: 'empty.txt', base64: '' },
    ];
    const batch = await core.api.importUploads({ files });
    expect(batch.results.map((r) => [r.file, r.status, r.error?.code])).toEqual([
      ['story.html', 'imported', undefined],
      ['junk.bin', 'failed', 'UNSUPPORTED_FORMAT'],
      ['empty.txt', 'failed', 'EMPTY'],
    ]);
    const stored = await core.api.getArticle({ id: batch.results[0]!.id! });
    expect(stored.source.fileName).toBe('story.html');
    expect(stored.html).toContain('export licences');
  });

  it('reports the later of two identical files in one batch as the duplicate', async () => {
    const bytes = Buffer.from(article('Twice dropped')).toString('base64');
    const batch = await core.api.importUploads({
      files: [
        { name: 'first.html', base64: bytes },
        { name: 'second.html', base64: bytes },
      ],
    });
    expect(batch.results[0]).toMatchObject({ file: 'first.html', status: 'imported' });
    expect(batch.results[1]).toMatchObject({
      file: 'second.html',
      status: 'duplicate',
      duplicateOf: batch.results[0]!.id,
    });
  });

  it('cancels a batch: files already finished stay, the rest are reported as cancelled', async () => {
    const files = Array.from({ length: 12 }, (_, i) => ({
      name: `s${i}.html`,
      base64: Buffer.from(
        article(`Story number ${i}`, '', `${STORY} Variant ${i} with its own words ${'x'.repeat(i + 1)}.`),
      ).toString('base64'),
    }));
    // The cancel is awaited after the import, so a failing cancel fails the test.
    let cancelling: Promise<unknown> = Promise.resolve();
    const off = core.context.events.on('import:progress', (p) => {
      if (p.done === 2) cancelling = core.api.cancelImport({ batchId: p.batchId });
    });
    const batch = await core.api.importUploads({ files });
    off();
    await cancelling;
    const imported = batch.results.filter((r) => r.status === 'imported').length;
    const cancelled = batch.results.filter((r) => r.error?.code === 'CANCELLED').length;
    expect(imported).toBeGreaterThanOrEqual(2);
    expect(cancelled).toBeGreaterThan(0);
    expect(imported + cancelled).toBe(12);
    expect((await core.api.listArticles({})).total).toBe(imported);
    await expect(core.api.cancelImport({ batchId: batch.batchId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('prepareImport', () => {
  // With the built parser thread when there is one (`npx electron-vite build`), so the warm-up
  // really runs in threads; otherwise in-process, where warming has nothing to do.
  const builtWorker = resolve(__dirname, '../../../out/main/import-worker.js');

  it('answers every transport at once, stores nothing, and the import right after it works', async () => {
    const before = process.env.DOSSIER_IMPORT_WORKER;
    if (existsSync(builtWorker)) process.env.DOSSIER_IMPORT_WORKER = builtWorker;
    try {
      const warmed = openTestCore(':memory:');
      try {
        expect(await dispatch(warmed.api, 'prepareImport', undefined)).toEqual({ ok: true, value: null });
        expect(await dispatch(warmed.api, 'prepareImport', {})).toEqual({ ok: true, value: null });
        writeFileSync(join(dir, 'a.html'), article('First story'));
        // Queued behind the warm-up when it runs in threads.
        const batch = await warmed.api.importPaths({ paths: [dir] });
        expect(batch.results).toMatchObject([{ status: 'imported', title: 'First story' }]);
        expect((await warmed.api.getStats()).articles).toBe(1);
      } finally {
        warmed.close();
      }
    } finally {
      if (before === undefined) delete process.env.DOSSIER_IMPORT_WORKER;
      else process.env.DOSSIER_IMPORT_WORKER = before;
    }
  });
});
