import type { ArticleId, OcrProgress } from '../../../preload/api';
import { getSourceContent } from '../../../db/sources';
import {
  countOcrPages,
  getOcrJob,
  listPendingOcrArticles,
  listPendingOcrPages,
  setOcrPageImage,
} from '../../../db/ocr';
import type { CoreContext } from '../kernel/context';
import { applyOcrPage } from './apply-page';
import { OcrEngine } from './engine';
import { defaultOcrWorkers } from './engine-size';
import { parseLanguages } from './lang-data';
import type { PageSource } from './page-source';
import { openPageSource } from './render-client';
import { readPage } from './read-page';

export interface OcrRunnerOptions {
  /** Pages read at once (worker threads): every core but one, at least one. */
  workers?: number;
  /** The engine, for tests that share one; by default the runner starts its own on the first page. */
  engine?: OcrEngine;
}

/**
 * Reads the pages of "text pending" articles, in the background, page by page. Jobs live in
 * the library (ocr_jobs, ocr_pages), so a restarted app picks up where it stopped: `wake()` is
 * called when the core opens and after every import that stored a scan. Each page is rendered
 * (only that page: memory holds one page image per worker), its image stored at once (the reader
 * shows it while it is read), then read by Tesseract in a worker thread, then stored and indexed
 * in one transaction (applyOcrPage), with an `ocr:progress` event: page n of m.
 */
export class OcrRunner {
  private readonly size: number;
  private engine: OcrEngine | null;
  private readonly ownsEngine: boolean;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly cancelled = new Set<ArticleId>();

  constructor(
    private readonly ctx: CoreContext,
    options: OcrRunnerOptions = {},
  ) {
    this.size = options.workers ?? defaultOcrWorkers();
    this.engine = options.engine ?? null;
    this.ownsEngine = options.engine === undefined;
  }

  /** Looks for pending pages and reads them; resolves when none is left (or the runner stopped). */
  wake(): Promise<void> {
    // Closed libraries (a test or command that closed its core before the runner woke) have nothing to read.
    if (this.stopped || !this.ctx.db.open) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      do {
        this.again = false;
        for (const articleId of listPendingOcrArticles(this.ctx.db)) {
          if (this.stopped || !this.ctx.db.open) return;
          await this.runJob(articleId);
        }
      } while (this.again && !this.stopped);
    })();
    // Cleared once settled, never before it is set (a run with nothing to do settles at once).
    const settled = run.finally(() => {
      if (this.running === settled) this.running = null;
    });
    this.running = settled;
    return settled;
  }

  /** Resolves once every pending page has been read (what `dossier import` waits for). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
    // A job stored moments ago may not have woken the runner yet (it wakes after the commit).
    if (!this.stopped && listPendingOcrArticles(this.ctx.db).length > 0) await this.wake();
    while (this.running) await this.running;
  }

  /** Stops reading an article's pages after the pages in flight. */
  markCancelled(articleId: ArticleId): void {
    this.cancelled.add(articleId);
  }

  /** A retried article is read again. */
  clearCancelled(articleId: ArticleId): void {
    this.cancelled.delete(articleId);
  }

  private emit(progress: OcrProgress): void {
    this.ctx.events.emit('ocr:progress', progress);
  }

  private async runJob(articleId: ArticleId): Promise<void> {
    const job = getOcrJob(this.ctx.db, articleId);
    const source = getSourceContent(this.ctx.db, articleId);
    if (!job || !source) return;
    const queue = listPendingOcrPages(this.ctx.db, articleId);
    if (queue.length === 0) return;
    const langs = parseLanguages(job.languages);
    let pages: PageSource;
    try {
      pages = await openPageSource(job.kind, new Uint8Array(source.content));
    } catch (err) {
      // The file cannot be opened again (it was read at import, so this is rare): every page fails, with why.
      for (const page of queue) this.finishPage(articleId, page, job.languages, null, err);
      return;
    }
    this.engine ??= new OcrEngine(this.size);
    const engine = this.engine;
    try {
      // As many lanes as worker threads: while one lane renders its page, the others are reading.
      const lane = async (): Promise<void> => {
        for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
          if (this.stopped || this.cancelled.has(articleId)) return;
          // New languages chosen meanwhile (retryOcr): the job is run again with them, from the start.
          if (getOcrJob(this.ctx.db, articleId)?.languages !== job.languages) return;
          let rendered;
          try {
            rendered = await pages.render(page);
          } catch (err) {
            this.finishPage(articleId, page, job.languages, null, err);
            continue;
          }
          // The library may have closed while the page was drawn: the page stays pending, for next time.
          if (this.stopped) return;
          setOcrPageImage(this.ctx.db, { articleId, page, ...rendered, now: this.ctx.now() });
          try {
            const read = await readPage(engine, rendered.png, rendered, langs);
            if (read.rotation !== 0)
              setOcrPageImage(this.ctx.db, {
                articleId,
                page,
                png: read.image,
                width: read.width,
                height: read.height,
                now: this.ctx.now(),
              });
            this.finishPage(articleId, page, job.languages, read, null);
          } catch (err) {
            if (this.stopped) return; // the engine was closed under the page: it stays pending, for next time
            this.finishPage(articleId, page, job.languages, null, err);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.size, queue.length) }, lane));
    } finally {
      await pages.close();
    }
  }

  private finishPage(
    articleId: ArticleId,
    page: number,
    language: string,
    read: Awaited<ReturnType<typeof readPage>> | null,
    err: unknown,
  ): void {
    const outcome = applyOcrPage(this.ctx, {
      articleId,
      page,
      status: read ? 'done' : 'failed',
      language,
      readLanguages: read ? read.languages.join('+') : language,
      confidence: read ? Math.round(read.confidence * 10) / 10 : null,
      rotation: read?.rotation ?? 0,
      words: (read?.words ?? []).map((w) => ({ text: w.text, ...w.box })),
      text: read?.text ?? '',
      error: read ? null : err instanceof Error ? err.message : String(err),
    });
    if (!outcome) return;
    this.emit({
      articleId,
      status: outcome.status,
      page,
      ocrPages: outcome.ocrPages,
      ocrPagesFinished: outcome.finished,
    });
    this.ctx.events.emit('library:changed', { reason: 'ocr-page-read' });
  }

  /** Progress of one article, for an event after a cancel or a retry. */
  announce(articleId: ArticleId): void {
    const job = getOcrJob(this.ctx.db, articleId);
    if (!job) return;
    const counts = countOcrPages(this.ctx.db, articleId);
    this.emit({ articleId, status: job.status, page: null, ocrPages: counts.ocr, ocrPagesFinished: counts.finished });
  }

  /** Stops after the pages in flight and ends the worker threads; pending pages stay pending for next time. */
  async stop(): Promise<void> {
    this.stopped = true;
    const engine = this.engine;
    this.engine = null;
    if (engine && this.ownsEngine) await engine.close();
    await this.running?.catch(() => undefined);
  }
}
