import { parentPort, workerData } from 'node:worker_threads';
import { openPageSourceHere, type PageSource } from './page-source';
import type { RenderReply, RenderRequest, RenderWorkerData } from './render-protocol';

/**
 * Worker-thread entry (built to out/main/ocr-render-worker.js): renders one stored file's pages
 * for OCR, so pdf.js's seconds of drawing a page never stall the core's thread (Electron's main
 * process, the HTTP server). Requests are served one after another, so this thread holds one
 * page image at a time, whatever the number of lanes asking.
 */
const { kind, bytes } = workerData as RenderWorkerData;
const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function reply(msg: RenderReply): void {
  const png = msg.ok ? msg.page?.png : undefined;
  // The PNG's own buffer moves to the core's thread instead of being copied.
  const own = png && png.byteOffset === 0 && png.byteLength === png.buffer.byteLength;
  parentPort?.postMessage(msg, own ? [png.buffer as ArrayBuffer] : []);
}

let queue: Promise<unknown> = openPageSourceHere(kind, bytes).then(
  (source) => {
    reply({ id: 0, ok: true });
    return source;
  },
  (err: unknown) => {
    reply({ id: 0, ok: false, message: message(err) });
    return null;
  },
);
const opened = queue as Promise<PageSource | null>;

parentPort?.on('message', (req: RenderRequest) => {
  queue = queue.then(async () => {
    const source = await opened;
    try {
      if (!source) throw new Error('the file could not be opened');
      reply({ id: req.id, ok: true, page: await source.render(req.page) });
    } catch (err) {
      reply({ id: req.id, ok: false, message: message(err) });
    }
  });
});
