import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

/** Fonts the tests draw with (Debian's noto packages); registered once. */
const FONTS: Record<string, string> = {
  'Noto Serif': '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf',
  'Noto Sans': '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
};
let registered = false;
function registerFonts(): void {
  if (registered) return;
  for (const [family, path] of Object.entries(FONTS)) GlobalFonts.registerFromPath(path, family);
  registered = true;
}

export interface ScanOptions {
  /** Dots per inch of the "scan": an A4-wide page of text at this resolution. */
  dpi?: number;
  font?: string;
  /** Degrees the page is turned, as a sheet put crooked (or sideways) on the scanner. */
  rotate?: number;
  /** Share of pixels flipped to black or white, as dust and scanner noise. */
  noise?: number;
}

/**
 * Renders lines of known text as a scanned page (PNG bytes): black text on white, at a given
 * resolution, optionally turned and speckled, so OCR tests know the truth they compare with.
 */
export function renderScan(lines: string[], opts: ScanOptions = {}): Uint8Array {
  registerFonts();
  const dpi = opts.dpi ?? 300;
  const px = (pt: number): number => Math.round((pt * dpi) / 72);
  const fontPx = px(12);
  const lineHeight = Math.round(fontPx * 1.5);
  const width = px(595);
  const height = Math.max(px(200), lines.length * lineHeight + px(144));
  const turned = Math.abs(((opts.rotate ?? 0) % 180) + 180) % 180 === 90;
  const canvas = createCanvas(turned ? height : width, turned ? width : height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate(((opts.rotate ?? 0) * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.fillStyle = '#000';
  ctx.font = `${fontPx}px "${opts.font ?? 'Noto Serif'}"`;
  lines.forEach((line, i) => ctx.fillText(line, px(72), px(72) + (i + 1) * lineHeight));
  if (opts.noise) {
    const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let seed = 7;
    for (let i = 0; i < img.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      if (seed / 0x7fffffff < opts.noise) {
        const v = seed & 1 ? 0 : 255;
        img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
      }
    }
    ctx.putImageData(img, 0, 0);
  }
  return new Uint8Array(canvas.toBuffer('image/png'));
}

/** The width renderScan leaves for text (an A4 page less 1-inch margins), in points. */
const TEXT_WIDTH_PT = 595 - 2 * 72;

/**
 * Breaks paragraphs into the lines renderScan draws with the same font, as a word processor would:
 * at spaces, and between any two Chinese characters (Chinese has no spaces); a blank line between
 * paragraphs. Measured at 300 dpi; renderScan scales the whole page with the dpi, so the same
 * lines fit at 150 dpi and the truth is the same text at every resolution.
 */
export function wrapForScan(paragraphs: string[], font = 'Noto Serif'): string[] {
  registerFonts();
  const ctx = createCanvas(10, 10).getContext('2d');
  const fontPx = Math.round((12 * 300) / 72);
  ctx.font = `${fontPx}px "${font}"`;
  const maxWidth = (TEXT_WIDTH_PT * 300) / 72;
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    if (lines.length > 0) lines.push('');
    // Units a line may break after: a word with its following space, or one Chinese character.
    const units = paragraph.match(/\p{Script=Han}[\u3000-\u303f\uff00-\uffef]*|[^\s\p{Script=Han}]+\s*|\s+/gu) ?? [];
    let line = '';
    for (const unit of units) {
      const candidate = line + unit;
      if (line !== '' && ctx.measureText(candidate.trimEnd()).width > maxWidth) {
        lines.push(line.trimEnd());
        line = unit.trimStart();
      } else line = candidate;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
  }
  return lines;
}
