import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleId, ImportBatch, OcrProgress } from '../../../preload/api';
import { renderScan } from '../../test-support/make-scan';
import { makeScannedPdf } from '../../test-support/make-scanned-pdf';
import { docxParts, makeZip } from '../../test-support/make-zip';
import { makeTiff } from '../../test-support/make-tiff';
import { buildWorker } from '../../test-support/build-worker';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { refuseNetworkHere } from '../../test-support/refuse-network-here';

const MEMO = ['The committee met on Tuesday to review', 'the contracts signed by the harbour authority.'];
const FAX = ['Confidential memorandum about the pipeline', 'sent to the minister before the vote.'];

const upload = (name: string, bytes: Uint8Array) => ({ name, base64: Buffer.from(bytes).toString('base64') });

describe('OCR wired into import, with every outgoing request refused', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ocr-import-'));
  const refusedLog = join(dir, 'refused.log');
  let core: TestCore;
  let restore = (): void => undefined;
  const progress: OcrProgress[] = [];

  beforeAll(async () => {
    // Pages are rendered in the app's page-render worker thread, built as `npm run build` does,
    // so the refusal covers that thread too.
    process.env.DOSSIER_OCR_RENDER_WORKER = await buildWorker(
      join(__dirname, 'render-worker.ts'),
      'ocr-render-worker',
      join(dir, 'render-worker'),
    );
    restore = await refuseNetworkHere(refusedLog);
    core = openTestCore(join(dir, 'library.dossier'));
    core.events.on('ocr:progress', (p) => progress.push(p));
  }, 120_000);

  afterAll(async () => {
    await core.parts.ocr.stop();
    core.close();
    restore();
    delete process.env.DOSSIER_OCR_RENDER_WORKER;
    rmSync(dir, { recursive: true, force: true });
  });

  const importOne = async (name: string, bytes: Uint8Array, ocrLanguages?: string): Promise<ImportBatch> =>
    core.api.importUploads({ files: [upload(name, bytes)], ...(ocrLanguages ? { ocrLanguages } : {}) });

  const idOf = (batch: ImportBatch): ArticleId => {
    expect(batch.results[0]).toMatchObject({ status: 'imported' });
    return batch.results[0]!.id!;
  };

  it('stores a scanned PDF at once as "text pending", then reads it page by page and makes it searchable', async () => {
    const pdf = await makeScannedPdf({
      pages: [{ scan: renderScan(MEMO) }, { scan: renderScan(FAX) }],
      creationDate: 'D:20240312091500Z',
    });
    const id = idOf(await importOne('scan-2024.pdf', pdf));
    const pending = await core.api.getArticleOcr({ id });
    expect(pending).toMatchObject({ status: 'pending', kind: 'pdf', ocrPages: 2, languages: 'eng' });
    const before = await core.api.getArticle({ id });
    expect(before.text).toBe('');
    expect(before.title).toBe('scan-2024');
    expect(before).toMatchObject({ publishedAt: '2024-03-12T09:15:00.000Z', publishedAtSource: 'pdf-metadata' });

    await core.parts.ocr.idle();
    const ocr = (await core.api.getArticleOcr({ id }))!;
    expect(ocr).toMatchObject({ status: 'done', ocrPagesFinished: 2, note: null });
    const article = await core.api.getArticle({ id });
    expect(article.text).toMatch(/harbour authority/);
    expect(article.text).toMatch(/pipeline/);
    expect(article.title).toBe('The committee met on Tuesday to review');
    const page2 = ocr.pageList[1]!;
    expect(article.text.slice(page2.textStart!, page2.textEnd!)).toMatch(/Confidential memorandum/);
    expect(page2.confidence).toBeGreaterThan(80);
    expect(page2.lowQuality).toBe(false);
    expect(page2.words.find((w) => w.text === 'pipeline')?.x1).toBeGreaterThan(0);
    const image = await core.api.getOcrPageImage({ id, page: 2 });
    expect(Buffer.from(image.base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    const found = await core.api.search({ query: 'harbour' });
    expect(found.hits.map((h) => h.id)).toContain(id);
    const events = progress.filter((p) => p.articleId === id && p.page !== null);
    expect(events.map((e) => e.ocrPagesFinished)).toEqual([1, 2]);
    expect(events.at(-1)).toMatchObject({ status: 'done', ocrPages: 2 });
  });

  it('OCRs only the image pages of a mixed PDF; its text pages are searchable at once', async () => {
    const pdf = await makeScannedPdf({
      title: 'Port audit',
      pages: [{ lines: ['Summary of the port audit and its findings.'] }, { scan: renderScan(FAX) }],
    });
    const id = idOf(await importOne('mixed.pdf', pdf));
    const ocr = (await core.api.getArticleOcr({ id }))!;
    expect(ocr.pageList.map((p) => [p.source, p.status])).toEqual([
      ['text-layer', 'done'],
      ['ocr', ocr.pageList[1]!.status],
    ]);
    expect(ocr.ocrPages).toBe(1);
    expect((await core.api.getArticle({ id })).text).toMatch(/port audit/);
    await core.parts.ocr.idle();
    const article = await core.api.getArticle({ id });
    expect(article.title).toBe('Port audit');
    expect(article.text).toMatch(/^Summary of the port audit[\s\S]*pipeline/);
  });

  it('turns a sideways page upright before reading it', async () => {
    const id = idOf(await importOne('sideways.png', renderScan(MEMO, { rotate: 90 })));
    await core.parts.ocr.idle();
    const page = (await core.api.getArticleOcr({ id }))!.pageList[0]!;
    expect(page.rotation).not.toBe(0);
    expect(page.text).toMatch(/harbour authority/);
    expect(page.image!.width).toBeGreaterThan(page.image!.height);
  });

  it('reads a Chinese page in Chinese too when the import was set to English alone', async () => {
    const lines = [
      '美国商务部禁止英伟达向中国出口高端芯片。',
      '华为和字节跳动正在寻找替代方案。',
      '这项禁令影响了数据中心的建设计划。',
    ];
    const id = idOf(await importOne('memo-zh.png', renderScan(lines, { font: 'Noto Sans CJK JP' }), 'eng'));
    await core.parts.ocr.idle();
    const ocr = (await core.api.getArticleOcr({ id }))!;
    expect(ocr.languages).toBe('eng');
    expect(ocr.pageList[0]!.language).toBe('eng+chi_sim');
    expect((await core.api.getArticle({ id })).text).toMatch(/字节跳动/u);
  });

  it('reads a PNG picture, in the languages chosen for the import', async () => {
    const id = idOf(
      await importOne(
        'note.png',
        renderScan(['Le préfet a signé l’arrêté à Besançon,', 'après une réunion.']),
        'fra+eng',
      ),
    );
    expect((await core.api.getArticle({ id })).format).toBe('image');
    await core.parts.ocr.idle();
    const ocr = (await core.api.getArticleOcr({ id }))!;
    expect(ocr.languages).toBe('fra+eng');
    expect((await core.api.getArticle({ id })).text).toMatch(/préfet a signé/);
  });

  it('reads every page of a multi-page TIFF', async () => {
    const id = idOf(
      await importOne('fax.tiff', await makeTiff([renderScan(MEMO, { dpi: 200 }), renderScan(FAX, { dpi: 200 })])),
    );
    expect((await core.api.getArticleOcr({ id }))!.ocrPages).toBe(2);
    await core.parts.ocr.idle();
    const text = (await core.api.getArticle({ id })).text;
    expect(text).toMatch(/harbour authority[\s\S]*pipeline/);
  });

  it('reads the pictures of a Word document that holds only pictures', async () => {
    const docx = makeZip([...docxParts([]), { name: 'word/media/image1.png', data: Buffer.from(renderScan(FAX)) }]);
    const id = idOf(await importOne('pasted-scan.docx', docx));
    await core.parts.ocr.idle();
    const article = await core.api.getArticle({ id });
    expect(article.format).toBe('docx');
    expect(article.text).toMatch(/pipeline/);
  });

  it('refuses a damaged picture as CORRUPT_FILE and keeps nothing of it', async () => {
    const png = renderScan(MEMO, { dpi: 100 });
    const before = (await core.api.listArticles({})).total;
    const batch = await importOne('cut.png', png.subarray(0, 60));
    expect(batch.results[0]).toMatchObject({ status: 'failed', error: { code: 'CORRUPT_FILE' } });
    expect((await core.api.listArticles({})).total).toBe(before);
  });

  it('imports a picture with no text, with a "no text found" note, not a failure', async () => {
    const blank = createCanvas(800, 600);
    const ctx = blank.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 800, 600);
    const id = idOf(await importOne('blank.jpg', new Uint8Array(blank.toBuffer('image/jpeg'))));
    await core.parts.ocr.idle();
    expect(await core.api.getArticleOcr({ id })).toMatchObject({ status: 'done', note: 'no-text' });
    expect((await core.api.listOcrJobs()).find((j) => j.articleId === id)).toMatchObject({ note: 'no-text' });
  });

  it('resumes pending pages when the library is opened again, and reads an article again in another language', async () => {
    const pdf = await makeScannedPdf({ pages: [{ scan: renderScan(FAX) }, { scan: renderScan(MEMO) }] });
    const id = idOf(await importOne('resume.pdf', pdf));
    // The app quits at once: whatever was not read stays pending in the library.
    await core.parts.ocr.stop();
    core.close();
    core = openTestCore(join(dir, 'library.dossier'));
    await core.parts.ocr.idle();
    expect(await core.api.getArticleOcr({ id })).toMatchObject({ status: 'done', ocrPagesFinished: 2 });
    expect((await core.api.getArticle({ id })).text).toMatch(/pipeline[\s\S]*harbour/);
    // A quote of recognised text is cited with its page, to be checked against the scan.
    const quote = await core.api.createQuote({ articleId: id, exact: 'harbour authority' });
    expect(quote.citation.ocrPage).toBe(2);
    expect(quote.formatted.plain).toContain('OCR text, page 2');

    const retried = await core.api.retryOcr({ id, languages: 'fra+eng' });
    expect(retried).toMatchObject({ status: 'pending', languages: 'fra+eng', ocrPagesFinished: 0 });
    await core.parts.ocr.idle();
    expect((await core.api.listOcrJobs({ status: 'done' })).map((j) => j.articleId)).toContain(id);
    expect((await core.api.getArticleOcr({ id }))!.pageList.map((p) => p.language)).toEqual(['fra+eng', 'fra+eng']);
    await expect(core.api.retryOcr({ id, languages: 'xx' })).rejects.toThrow(/Unknown OCR language/);
  });

  it('made no request and cached nothing in the working folder', () => {
    expect(existsSync(refusedLog) ? readFileSync(refusedLog, 'utf8') : '').toBe('');
    expect(existsSync('eng.traineddata')).toBe(false);
  });
});
