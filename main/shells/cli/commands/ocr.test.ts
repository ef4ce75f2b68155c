import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OcrJobSummary } from '../../../../preload/api';
import { captureCli } from '../../../test-support/capture-cli';
import { renderScan } from '../../../test-support/make-scan';

describe('dossier import of scans, and dossier ocr', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-ocr-'));
  const library = join(dir, 'lib.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const status = async (): Promise<OcrJobSummary[]> =>
    (
      JSON.parse((await captureCli(['ocr', 'status', '--library', library, '--json'])).out.join('')) as {
        jobs: OcrJobSummary[];
      }
    ).jobs;

  it('imports a picture without waiting, lists it pending, then waits for OCR on the next import', async () => {
    writeFileSync(join(dir, 'memo.png'), renderScan(['The harbour authority signed the contract.']));
    writeFileSync(join(dir, 'fax.png'), renderScan(['Confidential memorandum about the pipeline.']));
    const first = await captureCli(['import', join(dir, 'memo.png'), '--no-wait', '--library', library, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out[0]!)).toMatchObject({ status: 'imported', format: 'image', title: 'memo' });
    expect(await status()).toMatchObject([{ status: 'pending', ocrPages: 1, languages: 'eng' }]);

    const second = await captureCli(['import', join(dir, 'fax.png'), '--lang', 'fra+eng', '--library', library]);
    expect(second.code).toBe(0);
    expect(second.err.join('\n')).toMatch(/OCR #\d+: page 1 of 1 read/);
    const jobs = await status();
    expect(jobs.map((j) => [j.title, j.status, j.languages]).sort()).toEqual([
      ['Confidential memorandum about the pipeline.', 'done', 'fra+eng'],
      ['The harbour authority signed the contract.', 'done', 'eng'],
    ]);

    const retry = await captureCli(['ocr', 'retry', String(jobs[0]!.articleId), '--lang', 'deu', '--library', library]);
    expect(retry.code).toBe(0);
    expect(retry.out.join('\n')).toMatch(/done .* deu/);
    expect((await captureCli(['ocr', 'retry', 'x', '--library', library])).code).toBe(2);
  });
});
