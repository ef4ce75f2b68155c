import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderScan } from '../../test-support/make-scan';
import { eventually } from '../../test-support/eventually';
import { followStartedThreads } from '../../test-support/started-threads';
import { OcrEngine } from './engine';
import { parseLanguages } from './lang-data';

describe('closing the OCR engine', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ocr-close-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ends a thread that was still starting, so the app can quit in the middle of a scan', async () => {
    // The app closes the engine when it quits (a stopped server, a closed window). A page read
    // that had just begun starts a Tesseract thread; left running, it keeps the process alive.
    const threads = followStartedThreads();
    const engine = new OcrEngine(1, join(dir, 'ocr-data'));
    const reading = engine.recognize(renderScan(['A page read as the app quits.']), parseLanguages('eng')).then(
      () => 'read',
      (err: Error) => err.message,
    );
    await engine.close();
    expect(await reading).toMatch(/closed/);
    expect(await eventually(() => threads.running.size === 0, 60_000)).toBe(true);
    expect(threads.started).toBeGreaterThan(0);
    threads.stop();
  });

  it('ends a page being read, so the scan waiting on it can end and the app can quit', async () => {
    // tesseract.js never settles a job whose thread it terminates: a page read when the app quit
    // left its scan waiting forever, and with it the scan's page-render thread, so a stopped
    // `dossier serve` never exited.
    const engine = new OcrEngine(1, join(dir, 'ocr-data'));
    const lines = Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of a long page read as the app quits.`);
    const scan = renderScan(lines);
    await engine.recognize(scan, parseLanguages('eng')); // the thread is up: the next page goes straight to it
    const reading = engine.recognize(scan, parseLanguages('eng')).then(
      () => 'read',
      (err: Error) => err.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await engine.close();
    const stillWaiting = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 20_000).unref());
    expect(await Promise.race([reading, stillWaiting])).toMatch(/closed/);
  });
});
