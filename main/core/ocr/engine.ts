import type { Block, Worker } from 'tesseract.js';

type TesseractJs = typeof import('tesseract.js');
let tesseractJs: Promise<TesseractJs> | null = null;
/** Loaded on the first page read: a library without scans never pays for it (nor starts its threads). */
const loadTesseract = (): Promise<TesseractJs> => (tesseractJs ??= import('tesseract.js'));
/** Tesseract's LSTM engine only (OEM.LSTM_ONLY), and the legacy engine orientation detection needs. */
const LSTM_ONLY = 1;
const TESSERACT_ONLY = 0;
import { tmpdir } from 'node:os';
import { defaultOcrWorkers } from './engine-size';
import { join } from 'node:path';
import { ensureLangData, langDataFolder, type OcrLanguage } from './lang-data';

/** A recognised word with its box on the page image, in image pixels (for highlighting search hits). */
export interface OcrWord {
  text: string;
  confidence: number;
  box: { x0: number; y0: number; x1: number; y1: number };
}

/** What orientation and script detection says of a page. */
export interface PageLayout {
  /** Clockwise turn that makes the page upright. */
  degrees: number;
  confidence: number;
  /** Tesseract's name of the page's script ("Latin", "Han", "Cyrillic"...), null when unknown. */
  script: string | null;
  scriptConfidence: number;
}

/** One page's recognised text, its mean confidence (0 to 100) and its words. */
export interface OcrPageResult {
  text: string;
  confidence: number;
  words: OcrWord[];
}

interface PooledWorker {
  worker: Worker;
  /** The thread being started, until `worker` is set: close() must end it too once it is up. */
  starting?: Promise<Worker>;
  langs: string;
  busy: boolean;
}

function wordsOf(blocks: Block[] | null): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of blocks ?? [])
    for (const para of block.paragraphs)
      for (const line of para.lines)
        for (const w of line.words)
          if (w.text.trim() !== '') words.push({ text: w.text, confidence: w.confidence, box: { ...w.bbox } });
  return words;
}

/**
 * Tesseract (WebAssembly, from tesseract.js) in a small pool of worker threads. Everything it needs
 * comes from installed packages: the core from tesseract.js-core, the trained data read from the
 * @tesseract.js-data packages and handed over as bytes, and `cacheMethod: 'none'` so it never looks
 * for, nor writes, a cached copy in the working directory. No request ever leaves the machine.
 */
export class OcrEngine {
  private readonly pool: PooledWorker[] = [];
  private readonly waiting: Array<() => void> = [];
  /**
   * Jobs running on a thread, failed by close(): tesseract.js never settles a job whose thread it
   * terminates, and a page read left waiting keeps its scan (and its page-render thread) from ending.
   */
  private readonly inFlight = new Set<(err: Error) => void>();
  private closed = false;

  /**
   * @param dataFolder the app's folder for unpacked trained data (the library's data folder in the
   *   app; a temporary folder by default)
   */
  constructor(
    readonly size = defaultOcrWorkers(),
    private readonly dataFolder = join(tmpdir(), 'dossier-ocr-data'),
  ) {}

  private async prepare(langs: OcrLanguage[]): Promise<void> {
    for (const code of langs) await ensureLangData(this.dataFolder, code);
  }

  private async startWorker(langs: OcrLanguage[]): Promise<Worker> {
    await this.prepare(langs);
    const { createWorker } = await loadTesseract();
    return createWorker(langs.join('+'), LSTM_ONLY, {
      cacheMethod: 'readOnly',
      cachePath: this.dataFolder,
      // Never reached (the data is in cachePath); a local folder, so even a miss reads no URL.
      langPath: langDataFolder(langs[0]!),
      gzip: true,
    });
  }

  private async acquire(langs: OcrLanguage[]): Promise<PooledWorker> {
    const key = langs.join('+');
    for (;;) {
      if (this.closed) throw new Error('The OCR engine is closed.');
      const free = this.pool.find((p) => !p.busy && p.langs === key) ?? this.pool.find((p) => !p.busy);
      if (free) {
        free.busy = true;
        if (free.langs !== key) {
          try {
            await this.prepare(langs);
            await this.untilClosed(free.worker.reinitialize(key, LSTM_ONLY));
            free.langs = key;
          } catch (err) {
            this.release(free);
            throw err;
          }
        }
        return free;
      }
      if (this.pool.length < this.size) {
        const slot: PooledWorker = { worker: undefined as unknown as Worker, langs: key, busy: true };
        this.pool.push(slot);
        slot.starting = this.startWorker(langs);
        try {
          slot.worker = await slot.starting;
        } catch (err) {
          const at = this.pool.indexOf(slot);
          if (at >= 0) this.pool.splice(at, 1);
          throw err;
        }
        // Closed while the thread was starting: close() ends it; nothing may run on it.
        if (this.closed) throw new Error('The OCR engine is closed.');
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** The job's result, or an error as soon as the engine is closed, whichever comes first. */
  private untilClosed<T>(job: Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The OCR engine is closed.'));
    return new Promise<T>((resolve, reject) => {
      this.inFlight.add(reject);
      job.then(resolve, reject).finally(() => this.inFlight.delete(reject));
    });
  }

  private release(slot: PooledWorker): void {
    slot.busy = false;
    this.waiting.shift()?.();
  }

  /** Reads one page image (PNG, JPEG, BMP, WebP bytes) in the given languages. */
  async recognize(image: Uint8Array, langs: OcrLanguage[]): Promise<OcrPageResult> {
    const slot = await this.acquire(langs);
    try {
      const { data } = await this.untilClosed(
        slot.worker.recognize(Buffer.from(image), {}, { text: true, blocks: true }),
      );
      const words = wordsOf(data.blocks);
      return { text: data.text.trim(), confidence: words.length === 0 ? 0 : data.confidence, words };
    } finally {
      this.release(slot);
    }
  }

  private osdWorker: Promise<Worker> | null = null;

  /**
   * Which way a page's text runs (0, 90, 180 or 270 degrees) and which script it is written in
   * ("Latin", "Han"...), from Tesseract's orientation and script detection (`osd`, a legacy-engine
   * model, so it gets a worker of its own, started only when a page reads badly). Null when it
   * cannot tell (a blank page, too few letters).
   */
  async detectLayout(image: Uint8Array): Promise<PageLayout | null> {
    if (this.closed) throw new Error('The OCR engine is closed.');
    this.osdWorker ??= (async () => {
      await ensureLangData(this.dataFolder, 'osd');
      const { createWorker } = await loadTesseract();
      return createWorker('osd', TESSERACT_ONLY, {
        cacheMethod: 'readOnly',
        cachePath: this.dataFolder,
        langPath: langDataFolder('osd'),
        gzip: true,
        legacyCore: true,
        legacyLang: true,
      });
    })();
    try {
      const { data } = await this.untilClosed((await this.osdWorker).detect(Buffer.from(image)));
      if (data.orientation_degrees === null || data.orientation_confidence === null) return null;
      return {
        degrees: data.orientation_degrees,
        confidence: data.orientation_confidence,
        script: data.script,
        scriptConfidence: data.script_confidence ?? 0,
      };
    } catch {
      return null; // "too few characters": nothing to turn
    }
  }

  /**
   * Ends every worker thread, those still starting included (a thread left running keeps the
   * process from exiting); pending and later calls fail.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve();
    const closedError = new Error('The OCR engine is closed.');
    for (const fail of this.inFlight) fail(closedError);
    this.inFlight.clear();
    const osd = this.osdWorker;
    this.osdWorker = null;
    const threads = this.pool.splice(0).map((p) => p.worker ?? p.starting);
    await Promise.all(
      [...threads, osd].map((thread) =>
        Promise.resolve(thread)
          .then((w) => w?.terminate())
          .catch(() => undefined),
      ),
    );
  }
}
