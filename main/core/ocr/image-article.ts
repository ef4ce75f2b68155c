import type { ParsedArticle } from '../import/types';
import { countImagePages, type ImageFormat } from './page-images';

/**
 * A picture file as an article stored "text pending": no text yet, one page per picture (per
 * TIFF page), the file name as title until OCR finds a strong first line. Throws
 * CorruptImageError when the picture does not decode.
 */
export async function parseImageBytes(
  bytes: Uint8Array,
  format: ImageFormat,
  fileName: string,
): Promise<ParsedArticle> {
  const pages = await countImagePages(bytes, format);
  return {
    title: fileName.replace(/\.[^.]+$/, '') || fileName,
    byline: null,
    siteName: null,
    // A picture carries no date Dossier trusts (EXIF dates are the camera's clock): none is invented.
    publishedAt: null,
    publishedAtSource: null,
    language: null,
    url: null,
    canonicalUrl: null,
    excerpt: null,
    html: '',
    text: '',
    wordCount: 0,
    format: 'image',
    metadata: { pictureFormat: format, pages },
    ocrPlan: { kind: 'image', pages: new Array<null>(pages).fill(null), titleFromText: true },
  };
}
