import { createCanvas, loadImage } from '@napi-rs/canvas';

/**
 * Test helper: a multi-page TIFF as a scanner or a fax writes it (little-endian, one uncompressed
 * RGB strip per page, each page's directory pointing at the next), from PNG page images.
 */
export async function makeTiff(pngPages: Uint8Array[]): Promise<Uint8Array> {
  const pages: Array<{ width: number; height: number; rgb: Buffer }> = [];
  for (const png of pngPages) {
    const image = await loadImage(Buffer.from(png));
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
    const rgb = Buffer.alloc(image.width * image.height * 3);
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
      rgb[j] = rgba[i]!;
      rgb[j + 1] = rgba[i + 1]!;
      rgb[j + 2] = rgba[i + 2]!;
    }
    pages.push({ width: image.width, height: image.height, rgb });
  }
  const ENTRIES = 10;
  const ifdSize = 2 + ENTRIES * 12 + 4;
  const chunks: Buffer[] = [];
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8, 4);
  chunks.push(header);
  let offset = 8;
  pages.forEach((p, index) => {
    const ifdAt = offset;
    const bpsAt = ifdAt + ifdSize;
    const dataAt = bpsAt + 6;
    const ifd = Buffer.alloc(ifdSize);
    ifd.writeUInt16LE(ENTRIES, 0);
    const entries: Array<[number, number, number, number]> = [
      [256, 4, 1, p.width],
      [257, 4, 1, p.height],
      [258, 3, 3, bpsAt],
      [259, 3, 1, 1],
      [262, 3, 1, 2],
      [273, 4, 1, dataAt],
      [277, 3, 1, 3],
      [278, 4, 1, p.height],
      [279, 4, 1, p.rgb.length],
      [284, 3, 1, 1],
    ];
    entries.forEach(([tag, type, count, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(count, at + 4);
      if (type === 3 && count === 1) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    const next = index + 1 < pages.length ? dataAt + p.rgb.length : 0;
    ifd.writeUInt32LE(next, 2 + ENTRIES * 12);
    const bps = Buffer.alloc(6);
    bps.writeUInt16LE(8, 0);
    bps.writeUInt16LE(8, 2);
    bps.writeUInt16LE(8, 4);
    chunks.push(ifd, bps, p.rgb);
    offset = dataAt + p.rgb.length;
  });
  return new Uint8Array(Buffer.concat(chunks));
}
