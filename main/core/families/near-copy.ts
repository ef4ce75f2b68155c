import { MIN_SHINGLES, sharedShingles } from './fingerprint';

/**
 * The confirmation a band candidate must pass: containment of the smaller shingle set in the
 * larger. Containment, not Jaccard, so a copy trimmed to its first paragraphs (or padded with a
 * local paragraph and the outlet's furniture) still belongs: most of the shorter text's shingles
 * are in the longer one. Two stories on the same topic share names and phrases ("the Commerce
 * Department said"), a few shingles in hundreds, far below this.
 */
export const MIN_CONTAINMENT = 0.5;
/**
 * A short text wholly quoted in a long one (a brief inside a round-up) is not a copy of it: the
 * shorter must hold at least this share of the longer's shingles.
 */
export const MIN_SIZE_RATIO = 0.2;

/** True when two texts' shingle sets make them copies of one story. */
export function isNearCopy(a: Uint32Array, b: Uint32Array): boolean {
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  if (small < MIN_SHINGLES || small < large * MIN_SIZE_RATIO) return false;
  return sharedShingles(a, b) >= small * MIN_CONTAINMENT;
}
