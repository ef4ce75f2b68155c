import { describe, expect, it } from 'vitest';
import * as UTIF from 'utif2';
import { createCanvas } from '@napi-rs/canvas';
import { renderScan } from '../../test-support/make-scan';
import { CorruptImageError, imagePages, sniffImage } from './page-images';

/** A one-page TIFF, as utif2 writes it. (Multi-page TIFFs are not made by these tests yet.) */
function tiffOf(w: number, h: number): Uint8Array {
  return new Uint8Array(UTIF.encodeImage(new Uint8Array(w * h * 4).fill(200), w, h));
}

describe('picture files become page images', () => {
  it('tells PNG, JPEG, WebP, GIF, BMP and TIFF from their bytes', () => {
    const canvas = createCanvas(20, 10);
    expect(sniffImage(new Uint8Array(canvas.toBuffer('image/png')))).toBe('png');
    expect(sniffImage(new Uint8Array(canvas.toBuffer('image/jpeg')))).toBe('jpeg');
    expect(sniffImage(new Uint8Array(canvas.toBuffer('image/webp')))).toBe('webp');
    expect(sniffImage(new Uint8Array(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1')))).toBe('gif');
    expect(sniffImage(new Uint8Array(Buffer.from('BM\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00', 'latin1')))).toBe('bmp');
    expect(sniffImage(tiffOf(4, 4))).toBe('tiff');
    expect(sniffImage(new TextEncoder().encode('Just some words, not a picture.'))).toBeNull();
  });

  it('keeps a PNG scan as one page image', async () => {
    const scan = renderScan(['Hello'], { dpi: 150 });
    const pages = await imagePages(scan, 'png');
    expect(pages).toHaveLength(1);
    expect(sniffImage(pages[0]!)).toBe('png');
  });

  it('decodes a TIFF with utif2 into PNG pages', async () => {
    const pages = await imagePages(tiffOf(8, 6), 'tiff');
    expect(pages).toHaveLength(1);
    expect(sniffImage(pages[0]!)).toBe('png');
  });

  it('calls a truncated picture corrupt', async () => {
    const scan = renderScan(['Hello'], { dpi: 150 });
    await expect(imagePages(scan.subarray(0, 60), 'png')).rejects.toThrow(CorruptImageError);
    const jpeg = new Uint8Array(createCanvas(30, 30).toBuffer('image/jpeg'));
    await expect(imagePages(jpeg.subarray(0, 20), 'jpeg')).rejects.toThrow(CorruptImageError);
  });
});
