import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { OcrEngine, OcrPageResult } from './engine';
import type { OcrLanguage } from './lang-data';

/** Under this mean confidence a page may be sideways: orientation detection is asked before trusting it. */
const CHECK_ORIENTATION_BELOW = 75;

export interface ReadPage extends OcrPageResult {
  /** Degrees the image was turned (clockwise) before the text was read; 0 when upright. */
  rotation: number;
  /** The image the words' boxes refer to: the upright page (a turned copy when rotation is not 0). */
  image: Uint8Array;
  width: number;
  height: number;
}

/** Turns a PNG page clockwise by 90, 180 or 270 degrees. */
export async function rotatePng(
  png: Uint8Array,
  degrees: number,
): Promise<{ png: Uint8Array; width: number; height: number }> {
  const image = await loadImage(Buffer.from(png));
  const sideways = degrees % 180 !== 0;
  const canvas = createCanvas(sideways ? image.height : image.width, sideways ? image.width : image.height);
  const ctx = canvas.getContext('2d');
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(image, -image.width / 2, -image.height / 2);
  return { png: new Uint8Array(canvas.toBuffer('image/png')), width: canvas.width, height: canvas.height };
}

/**
 * Reads one page image. A page that reads badly (or not at all) is checked with orientation
 * detection (osd); when it is sideways or upside down, the page is turned upright and read again,
 * and the better reading is kept. Pages that read well never pay for the check.
 */
export async function readPage(
  engine: OcrEngine,
  png: Uint8Array,
  size: { width: number; height: number },
  langs: OcrLanguage[],
): Promise<ReadPage> {
  const first = await engine.recognize(png, langs);
  const upright: ReadPage = { ...first, rotation: 0, image: png, ...size };
  if (first.words.length > 0 && first.confidence >= CHECK_ORIENTATION_BELOW) return upright;
  const orientation = await engine.detectOrientation(png);
  if (!orientation || orientation.degrees === 0) return upright;
  // tesseract.js reports the turn (clockwise) that makes the page upright: a page scanned a
  // quarter-turn clockwise reads 270. Checked by the sideways-page test.
  const rotation = orientation.degrees;
  const turned = await rotatePng(png, rotation);
  const second = await engine.recognize(turned.png, langs);
  return second.confidence > first.confidence || (first.words.length === 0 && second.words.length > 0)
    ? { ...second, rotation, image: turned.png, width: turned.width, height: turned.height }
    : upright;
}
