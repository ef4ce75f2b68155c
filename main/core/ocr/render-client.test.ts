import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker } from '../../test-support/build-worker';
import { renderScan } from '../../test-support/make-scan';
import { makeScannedPdf } from '../../test-support/make-scanned-pdf';
import type { PageSource } from './page-source';
import { openPageSource } from './render-client';
import { pngSize } from './page-source';

const LINES = [
  'The harbour authority signed the dredging contract',
  'three weeks before the tender was published.',
  'Minutes of the board meeting, 14 March.',
];

/** The longest gap between turns of this thread's event loop while `work` runs (what a stalled UI or server feels). */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const value = await work();
    stallMs = Math.max(stallMs, performance.now() - last);
    return { value, stallMs };
  } finally {
    clearInterval(timer);
  }
}

describe('page rendering for OCR in its own worker thread', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-render-worker-'));
  let script = '';
  let pdf: Uint8Array;

  beforeAll(async () => {
    script = await buildWorker(join(__dirname, 'render-worker.ts'), 'ocr-render-worker', join(dir, 'worker'));
    pdf = await makeScannedPdf({ pages: [{ scan: renderScan(LINES) }, { lines: ['A typed page.'] }] });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const renderAll = async (source: PageSource): Promise<Array<{ width: number; height: number }>> => {
    try {
      const out = [];
      for (const page of [1, 2]) {
        const rendered = await source.render(page);
        expect(pngSize(rendered.png)).toEqual({ width: rendered.width, height: rendered.height });
        out.push({ width: rendered.width, height: rendered.height });
      }
      return out;
    } finally {
      await source.close();
    }
  };

  it('renders the same pages as on the core thread, without stalling it', async () => {
    // Reference from the same run: the same pages rendered on this thread, as before.
    const here = await longestStall(async () => renderAll(await openPageSource('pdf', new Uint8Array(pdf), null)));
    const inWorker = await longestStall(async () =>
      renderAll(await openPageSource('pdf', new Uint8Array(pdf), script)),
    );
    console.info(
      `longest event-loop stall while rendering 2 PDF pages at 300 dpi: on the core thread ${Math.round(here.stallMs)} ms, in the worker ${Math.round(inWorker.stallMs)} ms`,
    );
    expect(inWorker.value).toEqual(here.value);
    expect(inWorker.value[0]!.width).toBeGreaterThan(2000);
    // Generous bounds for a shared, noisy machine: rendering on the thread stalls it for the
    // whole page (a second or more); from the worker only the PNG's arrival is felt.
    expect(inWorker.stallMs).toBeLessThan(Math.max(400, here.stallMs / 3));
  });

  it('serves pages asked at once one after another, and fails a missing page with why', async () => {
    const source = await openPageSource('pdf', new Uint8Array(pdf), script);
    try {
      const [one, two, missing] = await Promise.allSettled([source.render(2), source.render(1), source.render(9)]);
      expect(one).toMatchObject({ status: 'fulfilled' });
      expect(two).toMatchObject({ status: 'fulfilled' });
      expect(missing).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/page/i) } });
    } finally {
      await source.close();
    }
    await expect(source.render(1)).rejects.toThrow(/closed/);
  });

  it('rejects a PDF that cannot be opened', async () => {
    await expect(openPageSource('pdf', new TextEncoder().encode('%PDF-1.7 not really'), script)).rejects.toThrow();
  });
});
