import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderScan } from '../../test-support/make-scan';
import type { OcrEngine as OcrEngineType } from './engine';
import { defaultOcrWorkers } from './engine-size';
import { parseLanguages } from './lang-data';

const REFUSE = resolve(__dirname, '../../test-support/refuse-network.cjs');
const LINES = ['The committee met on Tuesday to review', 'the contracts signed by the harbour authority.'];

describe('OCR engine, with every outgoing request refused', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ocr-'));
  const refusedLog = join(dir, 'refused.log');
  const cwdBefore = new Set<string>();
  let engine: OcrEngineType;
  let restoreWorker = (): unknown => undefined;

  beforeAll(async () => {
    // Refuse the network here and, through execArgv (which worker threads inherit), in every
    // tesseract.js worker thread; a probe proves the refusal is in force before OCR runs.
    process.env.DOSSIER_REFUSED_LOG = refusedLog;
    // Worker threads run their own copy of net/http/fetch, so every Worker this process starts
    // (tesseract.js's included: it reads the class when first loaded, below) gets the refusal too.
    const threads = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const Original = threads.Worker;
    threads.Worker = class extends Original {
      constructor(file: string | URL, options: import('node:worker_threads').WorkerOptions = {}) {
        super(file, { ...options, execArgv: [...(options.execArgv ?? process.execArgv), '--require', REFUSE] });
      }
    };
    restoreWorker = () => (threads.Worker = Original);
    await import(REFUSE);
    await expect(fetch('http://127.0.0.1:9/')).rejects.toThrow(/refused/);
    // The same in a worker thread, as tesseract.js starts them (execArgv inherited).
    const probe = new threads.Worker("fetch('http://127.0.0.1:9/').catch(() => process.exit(0))", { eval: true });
    await new Promise((done) => probe.once('exit', done));
    expect(readFileSync(refusedLog, 'utf8').trim().split('\n')).toEqual(['fetch', 'fetch']);
    rmSync(refusedLog);
    for (const f of ['eng.traineddata', 'fra.traineddata']) if (existsSync(f)) cwdBefore.add(f);
    const { OcrEngine } = await import('./engine');
    engine = new OcrEngine(1, join(dir, 'ocr-data'));
  });

  afterAll(async () => {
    await engine?.close();
    restoreWorker();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a 300-dpi English page with no request made and nothing cached in the working folder', async () => {
    const page = await engine.recognize(renderScan(LINES), parseLanguages('eng'));
    expect(page.text).toContain('committee met on Tuesday');
    expect(page.text).toContain('harbour authority');
    expect(page.confidence).toBeGreaterThan(80);
    const harbour = page.words.find((w) => w.text === 'harbour');
    expect(harbour?.box.x1).toBeGreaterThan(harbour!.box.x0);
    expect(existsSync(refusedLog) ? readFileSync(refusedLog, 'utf8') : '').toBe('');
    expect(existsSync('eng.traineddata') && !cwdBefore.has('eng.traineddata')).toBe(false);
  });

  it('switches a worker to French + English for a French page', async () => {
    const page = await engine.recognize(
      renderScan(['Le préfet a signé l’arrêté à Besançon,', 'après une réunion très animée.']),
      parseLanguages('fra+eng'),
    );
    expect(page.text).toMatch(/préfet a signé/);
    expect(page.text).toMatch(/Besançon/);
    expect(existsSync(refusedLog) ? readFileSync(refusedLog, 'utf8') : '').toBe('');
  });

  it('finds no words on a blank page, with zero confidence', async () => {
    const page = await engine.recognize(renderScan([]), parseLanguages('eng'));
    expect(page.words).toEqual([]);
    expect(page.confidence).toBe(0);
  });
});

describe('OCR languages and pool size', () => {
  it('refuses an unknown language code', () => {
    expect(() => parseLanguages('fra+xyz')).toThrow(/Unknown OCR language "xyz"/);
  });
  it('uses every core but one, at least one', () => {
    expect(defaultOcrWorkers()).toBeGreaterThanOrEqual(1);
  });
});
