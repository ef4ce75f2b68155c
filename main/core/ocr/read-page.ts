import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { OcrEngine, OcrPageResult } from './engine';
import { languageForScript, type OcrLanguage } from './lang-data';

/**
 * Under this mean confidence a page may be sideways or in another script: orientation and script
 * detection is asked before trusting it.
 */
const CHECK_LAYOUT_BELOW = 75;

export interface ReadPage extends OcrPageResult {
  /** Degrees the image was turned (clockwise) before the text was read; 0 when upright. */
  rotation: number;
  /** The image the words' boxes refer to: the upright page (a turned copy when rotation is not 0). */
  image: Uint8Array;
  width: number;
  height: number;
  /** The languages the kept reading was made in: the chosen ones, plus one for a script they do not read. */
  languages: OcrLanguage[];
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

/** The better of two readings: the more confident one, or the only one that found words. */
function better(a: ReadPage, b: ReadPage): ReadPage {
  if (a.words.length === 0 && b.words.length > 0) return b;
  return b.words.length > 0 && b.confidence > a.confidence ? b : a;
}

/**
 * Reads one page image. A page that reads badly (or not at all) is checked with orientation and
 * script detection (osd): when it is sideways or upside down, the page is turned upright and read
 * again; when it is written in a script none of the chosen languages reads (a Chinese memo in an
 * import set to English), it is read again with the language for that script added. The best
 * reading is kept. Pages that read well never pay for the check.
 */
export async function readPage(
  engine: OcrEngine,
  png: Uint8Array,
  size: { width: number; height: number },
  langs: OcrLanguage[],
): Promise<ReadPage> {
  const first = await engine.recognize(png, langs);
  let best: ReadPage = { ...first, rotation: 0, image: png, ...size, languages: langs };
  if (first.words.length > 0 && first.confidence >= CHECK_LAYOUT_BELOW) return best;
  const layout = await engine.detectLayout(png);
  if (!layout) return best;
  if (layout.degrees !== 0) {
    // tesseract.js reports the turn (clockwise) that makes the page upright: a page scanned a
    // quarter-turn clockwise reads 270. Checked by the sideways-page test.
    const turned = await rotatePng(png, layout.degrees);
    const second = await engine.recognize(turned.png, langs);
    best = better(best, { ...second, rotation: layout.degrees, image: turned.png, ...turned, languages: langs });
  }
  const added = languageForScript(layout.script, langs);
  if (added && best.confidence < CHECK_LAYOUT_BELOW) {
    const wider = [...langs, added];
    const third = await engine.recognize(best.image, wider);
    best = better(best, {
      ...third,
      rotation: best.rotation,
      image: best.image,
      width: best.width,
      height: best.height,
      languages: wider,
    });
  }
  return best;
}
