import { createCanvas } from '@napi-rs/canvas';
import { cMapUrl, loadPdfJs } from '../import/parsers/pdf';

/** Resolution pages are rendered at for OCR: Tesseract reads body text best at about 300 dpi. */
export const RENDER_DPI = 300;
/** Longest side of a rendered page, in pixels: an A3 or poster page is scaled down to keep memory bounded. */
export const MAX_PAGE_PIXELS = 4200;

export interface RenderedPage {
  png: Uint8Array;
  width: number;
  height: number;
}

type PdfDoc = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfJs>>['getDocument']>['promise']>;

/**
 * Renders a PDF's pages one at a time with pdf.js onto a Skia canvas (@napi-rs/canvas, the canvas
 * pdf.js itself uses in Node). One document stays open while its pages are read; each page's
 * canvas is dropped once its PNG is made, so memory holds one page image, whatever the page count.
 */
export class PdfPageRenderer {
  private constructor(
    private readonly doc: PdfDoc,
    private readonly destroy: () => Promise<void>,
  ) {}

  static async open(bytes: Uint8Array, password?: string): Promise<PdfPageRenderer> {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      ...(password !== undefined ? { password } : {}),
      verbosity: 0,
      cMapUrl: cMapUrl(),
      cMapPacked: true,
    });
    try {
      return new PdfPageRenderer(await task.promise, () => task.destroy());
    } catch (err) {
      await task.destroy();
      throw err;
    }
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  async render(pageNumber: number): Promise<RenderedPage> {
    const page = await this.doc.getPage(pageNumber);
    try {
      const base = page.getViewport({ scale: 1 });
      const scale = Math.min(RENDER_DPI / 72, MAX_PAGE_PIXELS / Math.max(base.width, base.height));
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        canvasContext: ctx as unknown as CanvasRenderingContext2D,
        viewport,
      }).promise;
      return { png: new Uint8Array(canvas.toBuffer('image/png')), width: canvas.width, height: canvas.height };
    } finally {
      page.cleanup();
    }
  }

  close(): Promise<void> {
    return this.destroy();
  }
}
