import { Worker } from 'node:worker_threads';
import { findBuiltWorker } from '../kernel/built-worker';
import type { RenderedPage } from './pdf-pages';
import { openPageSourceHere, type PageSource } from './page-source';
import type { RenderReply, RenderRequest, RenderWorkerData } from './render-protocol';

/**
 * DOSSIER_OCR_RENDER_WORKER names another script (tests point it at a freshly built one); ''
 * forces rendering on the calling thread (what Vitest does from sources, where nothing is built).
 */
export function findRenderWorkerScript(): string | null {
  return findBuiltWorker('ocr-render-worker.js', 'DOSSIER_OCR_RENDER_WORKER');
}

/**
 * Opens a stored file for its page images in a worker thread of its own (one per OCR job, ended
 * by `close`), so rendering a PDF page (one to several seconds in pdf.js) never blocks the core's
 * thread; without a built worker, on this thread. Rejects when the file cannot be opened.
 */
export function openPageSource(
  kind: RenderWorkerData['kind'],
  bytes: Uint8Array,
  script: string | null = findRenderWorkerScript(),
): Promise<PageSource> {
  if (!script) return openPageSourceHere(kind, bytes);
  // The caller's copy of the file is handed over, not copied again.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const worker = new Worker(script, {
    workerData: { kind, bytes } satisfies RenderWorkerData,
    transferList: own ? [bytes.buffer as ArrayBuffer] : [],
  });
  const pending = new Map<number, { resolve: (page?: RenderedPage) => void; reject: (err: Error) => void }>();
  let nextId = 1;
  let ended: Error | null = null;
  const failAll = (err: Error): void => {
    ended ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (msg: RenderReply) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.page);
    else p.reject(new Error(msg.message));
  });
  worker.on('error', (err) => failAll(new Error(`The page-render worker failed: ${err.message}`)));
  worker.on('exit', (code) => failAll(new Error(`The page-render worker stopped (exit code ${code}).`)));
  const ask = (id: number, send?: RenderRequest): Promise<RenderedPage | undefined> =>
    new Promise((resolve, reject) => {
      if (ended) return reject(ended);
      pending.set(id, { resolve, reject });
      if (send) worker.postMessage(send);
    });
  const source: PageSource = {
    async render(page) {
      const id = nextId++;
      const rendered = await ask(id, { id, page });
      if (!rendered) throw new Error(`page ${page} came back empty`);
      return rendered;
    },
    async close() {
      failAll(new Error('The page source is closed.'));
      await worker.terminate();
    },
  };
  return ask(0).then(
    () => source,
    async (err: unknown) => {
      await worker.terminate();
      throw err;
    },
  );
}
