import { createHash } from 'node:crypto';

/**
 * The hashes duplicate detection compares, in a module of their own (no database): the main thread
 * computes them while storing, and a parse worker computes the text's ahead of time (prepared work).
 */

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hash of the text with case, accents, punctuation and spacing folded, so re-saves of one article match. */
export function normalizedTextHash(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return sha256Hex(folded);
}
