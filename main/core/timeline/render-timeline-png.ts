import { createCanvas, loadImage } from '@napi-rs/canvas';

/**
 * Rasterises a timeline SVG with Skia (@napi-rs/canvas, already the app's image library for OCR):
 * at twice its size so it stays sharp on a slide or in print. The SVG loads nothing, so neither does this.
 */
export async function renderSvgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const image = await loadImage(Buffer.from(svg, 'utf8'));
  const canvas = createCanvas(Math.round(image.width * scale), Math.round(image.height * scale));
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Uint8Array(canvas.toBuffer('image/png'));
}
