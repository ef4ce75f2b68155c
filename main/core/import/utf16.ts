/**
 * UTF-16 text saved without a byte-order mark (Windows "Unicode" exports, some mail clients).
 * Most text has ASCII spaces, digits, punctuation and markup, whose UTF-16 code units have one zero
 * byte: in little-endian text the zeros fall on odd offsets, in big-endian on even ones. A binary
 * file has zeros at both, so a strong one-sided pattern, confirmed by decoding, tells them apart.
 */

const SAMPLE_BYTES = 8192;
/** Share of code units whose zero byte is on the expected side (ASCII-light scripts still pass). */
const MIN_ZERO_SHARE = 0.2;
/** Share of zeros tolerated on the other side (U+0100, U+0200... are rare). */
const MAX_OTHER_ZERO_SHARE = 0.01;

/** Characters that never appear in text: C0 controls other than tab, line feed, form feed, return. */
function isControl(code: number): boolean {
  return code < 9 || code === 11 || (code > 13 && code < 32) || code === 0x7f;
}

/** True when the sample decodes to text: few controls, no lone surrogates. */
function decodesAsText(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: false }).decode(sample);
  } catch {
    return false;
  }
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c) || c === 0xfffd) bad++;
  }
  return bad <= text.length * 0.01;
}

/** The UTF-16 byte order of BOM-less text, or null when the bytes do not look like UTF-16 text. */
export function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = length / 2;
  const sample = bytes.subarray(0, length);
  if (oddZeros >= units * MIN_ZERO_SHARE && evenZeros <= units * MAX_OTHER_ZERO_SHARE)
    return decodesAsText(sample, 'utf-16le') ? 'utf-16le' : null;
  if (evenZeros >= units * MIN_ZERO_SHARE && oddZeros <= units * MAX_OTHER_ZERO_SHARE)
    return decodesAsText(sample, 'utf-16be') ? 'utf-16be' : null;
  return null;
}
