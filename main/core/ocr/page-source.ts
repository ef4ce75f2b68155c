import { docxPictureAt } from './docx-pictures';
import { imagePageAt, sniffImage, CorruptImageError } from './page-images';
import { PdfPageRenderer, type RenderedPage } from './pdf-pages';

/** Where an OCR job's page images come from: its stored source file, one page at a time. */
export interface PageSource {
  render(page: number): Promise<RenderedPage>;
  close(): Promise<void>;
}

/** Width and height from a PNG's header (IHDR), without decoding it. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function pictureAsPage(bytes: Uint8Array, page: number): Promise<RenderedPage> {
  const format = sniffImage(bytes);
  if (!format) throw new CorruptImageError('not a picture Dossier reads');
  const png = await imagePageAt(bytes, format, page);
  return { png, ...pngSize(png) };
}

/**
 * Opens a stored file for its page images on this thread: a PDF's pages rendered by pdf.js, a
 * picture's (or a TIFF's) pages decoded, a Word document's pictures in order. Only the page asked
 * for is made. The runner reaches it through `openPageSource` (render-client.ts), which runs it in
 * a worker thread when the built one exists.
 */
export async function openPageSourceHere(kind: 'pdf' | 'image' | 'docx', bytes: Uint8Array): Promise<PageSource> {
  if (kind === 'pdf') {
    const pdf = await PdfPageRenderer.open(bytes);
    return { render: (page) => pdf.render(page), close: () => pdf.close() };
  }
  if (kind === 'image') return { render: (page) => pictureAsPage(bytes, page), close: () => Promise.resolve() };
  return {
    render: (page) => {
      const picture = docxPictureAt(bytes, page);
      if (!picture) return Promise.reject(new CorruptImageError(`picture ${page} of the Word document is missing`));
      return pictureAsPage(picture, 1);
    },
    close: () => Promise.resolve(),
  };
}
