import { readZipDirectory, readZipEntry } from '../import/zip-directory';
import { sniffImage } from './image-sniff';

/** Largest picture read out of a Word document, in bytes (a full-page scan is a few MB). */
const MAX_PICTURE_BYTES = 64 * 1024 * 1024;

const natural = new Intl.Collator('en', { numeric: true });

/**
 * The pictures of a Word document a picture-only .docx holds (word/media/image1.png, image2.jpeg...),
 * in their numbering order, which is the order Word added them: for a document of pasted scans,
 * the page order. Formats Dossier cannot OCR (EMF, WMF drawings) are left out.
 */
export function listDocxPictures(bytes: Uint8Array): string[] {
  const entries = readZipDirectory(bytes) ?? [];
  return entries
    .filter((e) => e.name.startsWith('word/media/') && !e.name.endsWith('/'))
    .filter((e) => {
      const head = readZipEntry(bytes, e, MAX_PICTURE_BYTES);
      return head !== null && sniffImage(head) !== null;
    })
    .map((e) => e.name)
    .sort((a, b) => natural.compare(a, b));
}

/** The bytes of the nth (1-based) picture of listDocxPictures. */
export function docxPictureAt(bytes: Uint8Array, page: number): Uint8Array | null {
  const name = listDocxPictures(bytes)[page - 1];
  const entry = (readZipDirectory(bytes) ?? []).find((e) => e.name === name);
  return entry ? readZipEntry(bytes, entry, MAX_PICTURE_BYTES) : null;
}
