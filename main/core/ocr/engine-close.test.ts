import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { renderScan } from '../../test-support/make-scan';
import { OcrEngine } from './engine';
import { parseLanguages } from './lang-data';

/** Counts the threads this process starts from now on, and waits for them all to have exited. */
function trackThreads(): { started: () => number; allExited: (ms: number) => Promise<boolean> } {
  const running = new Set<Worker>();
  let started = 0;
  process.on('worker', (thread: Worker) => {
    started += 1;
    running.add(thread);
    thread.once('exit', () => running.delete(thread));
  });
  return {
    started: () => started,
    allExited: async (ms) => {
      const deadline = Date.now() + ms;
      while (running.size > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      return running.size === 0;
    },
  };
}

describe('closing the OCR engine', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ocr-close-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ends a thread that was still starting, so the app can quit in the middle of a scan', async () => {
    // The app closes the engine when it quits (a stopped server, a closed window). A page read
    // that had just begun starts a Tesseract thread; left running, it keeps the process alive.
    const threads = trackThreads();
    const engine = new OcrEngine(1, join(dir, 'ocr-data'));
    const reading = engine.recognize(renderScan(['A page read as the app quits.']), parseLanguages('eng')).then(
      () => 'read',
      (err: Error) => err.message,
    );
    await engine.close();
    expect(await reading).toMatch(/closed/);
    expect(await threads.allExited(60_000)).toBe(true);
    expect(threads.started()).toBeGreaterThan(0);
  });
});
