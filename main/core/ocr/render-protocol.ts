import type { RenderedPage } from './pdf-pages';

/** What the page-render worker (out/main/ocr-render-worker.js) is started with: one stored file. */
export interface RenderWorkerData {
  kind: 'pdf' | 'image' | 'docx';
  bytes: Uint8Array;
}

/** A page to render (1-based); the worker renders one at a time, in the order asked. */
export interface RenderRequest {
  id: number;
  page: number;
}

/**
 * The worker's replies: id 0 says whether the file opened (sent once, first); every other id
 * answers the request with that id.
 */
export type RenderReply = { id: number; ok: true; page?: RenderedPage } | { id: number; ok: false; message: string };
