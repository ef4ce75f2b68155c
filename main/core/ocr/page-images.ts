import { createCanvas, loadImage } from '@napi-rs/canvas';
import * as UTIF from 'utif2';

import { sniffImage, type ImageFormat } from './image-sniff';

export { sniffImage, type ImageFormat };

/** A picture that starts like an image but cannot be decoded. */
export class CorruptImageError extends Error {}

function rgbaToPng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const data = ctx.createImageData(width, height);
  data.data.set(rgba);
  ctx.putImageData(data, 0, 0);
  return new Uint8Array(canvas.toBuffer('image/png'));
}

function tiffDirectory(bytes: Uint8Array): { buffer: ArrayBuffer; pages: UTIF.IFD[] } {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { buffer, pages: UTIF.decode(buffer).filter((ifd) => ifd.t256 !== undefined) };
}

function tiffPageAt(buffer: ArrayBuffer, ifd: UTIF.IFD): Uint8Array {
  UTIF.decodeImage(buffer, ifd);
  if (!ifd.width || !ifd.height) throw new CorruptImageError('a TIFF page has no size');
  return rgbaToPng(UTIF.toRGBA8(ifd), ifd.width, ifd.height);
}

/** Every page of a TIFF (a fax or a scanner's multi-page file), with utif2, a pure-JS decoder. */
function tiffPages(bytes: Uint8Array): Uint8Array[] {
  const { buffer, pages } = tiffDirectory(bytes);
  return pages.map((ifd) => tiffPageAt(buffer, ifd));
}

/** One page decoded by Skia (@napi-rs/canvas): PNG, JPEG, WebP, GIF (first frame), BMP. */
async function skiaPage(bytes: Uint8Array): Promise<Uint8Array> {
  // loadImage decodes the whole picture and rejects a truncated one; `new Image()` only reads
  // the header and would give a blank page for a cut-off file.
  const image = await loadImage(Buffer.from(bytes));
  if (image.width === 0 || image.height === 0) throw new CorruptImageError('undecodable');
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff'; // a transparent screenshot reads as black on white, not black on black
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.drawImage(image, 0, 0);
  return new Uint8Array(canvas.toBuffer('image/png'));
}

/**
 * The pages of a picture file as PNG images Tesseract reads (and the reader shows). Throws
 * CorruptImageError when the bytes look like an image but do not decode.
 */
export async function imagePages(bytes: Uint8Array, format: ImageFormat): Promise<Uint8Array[]> {
  try {
    const pages = format === 'tiff' ? tiffPages(bytes) : [await skiaPage(bytes)];
    if (pages.length === 0) throw new CorruptImageError('no page');
    return pages;
  } catch (err) {
    if (err instanceof CorruptImageError) throw err;
    throw new CorruptImageError(err instanceof Error ? err.message : String(err));
  }
}

async function guarded<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CorruptImageError) throw err;
    throw new CorruptImageError(err instanceof Error ? err.message : String(err));
  }
}

/**
 * How many pages a picture file has, checking that it decodes (the first page of a TIFF, the
 * whole picture otherwise), so a damaged file is refused at import, not found out later by OCR.
 */
export function countImagePages(bytes: Uint8Array, format: ImageFormat): Promise<number> {
  return guarded(async () => {
    if (format !== 'tiff') {
      await skiaPage(bytes);
      return 1;
    }
    const { buffer, pages } = tiffDirectory(bytes);
    if (pages.length === 0) throw new CorruptImageError('no page');
    tiffPageAt(buffer, pages[0]!);
    return pages.length;
  });
}

/** One page (1-based) of a picture file as a PNG image; only that page is decoded. */
export function imagePageAt(bytes: Uint8Array, format: ImageFormat, page: number): Promise<Uint8Array> {
  return guarded(async () => {
    if (format !== 'tiff') {
      if (page !== 1) throw new CorruptImageError(`no page ${page}`);
      return skiaPage(bytes);
    }
    const { buffer, pages } = tiffDirectory(bytes);
    const ifd = pages[page - 1];
    if (!ifd) throw new CorruptImageError(`no page ${page}`);
    return tiffPageAt(buffer, ifd);
  });
}
