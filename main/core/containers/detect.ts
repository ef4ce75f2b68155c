import type { ContainerKind } from '../../../preload/api';
import { sniffFormat } from '../import/sniff';

/** Bytes read from a file's start to tell whether it is a container. */
export const CONTAINER_HEAD_BYTES = 8192;

/** A From_ line as mbox writers put it: "From sender date" (Thunderbird writes "From - date"). */
const FROM_LINE = /^From \S+ +[^\r\n]*\d{4}[^\r\n]*\r?\n/u;

const SEVEN_ZIP_MAGIC = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);

function extension(fileName: string): string {
  return fileName.toLowerCase().match(/\.([a-z0-9]+)$/u)?.[1] ?? '';
}

function isTar(head: Uint8Array): boolean {
  return head.length >= 262 && Buffer.from(head.subarray(257, 262)).toString('latin1') === 'ustar';
}

/**
 * What kind of container a file is, from its first bytes (and, for the formats whose bytes can
 * be something else, the extension): null for a plain document. A zip that is a Word file is a
 * document; an e-mail on its own is handled by the message path (`eml`) only for its attachments.
 * `whole` says the head is the whole file (a zip needs its end to tell Word from archive).
 */
export function containerKindOf(head: Uint8Array, fileName: string, whole: boolean): ContainerKind | null {
  const ext = extension(fileName);
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    if (!whole) return ext === 'docx' ? null : 'zip';
    return sniffFormat(head, fileName) === 'zip' ? 'zip' : null;
  }
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'tgz';
  // 7z: "7z" BC AF 27 1C.
  if (head.length >= 6 && Buffer.from(head.subarray(0, 6)).equals(SEVEN_ZIP_MAGIC)) return '7z';
  if (isTar(head)) return 'tar';
  // Outlook .pst and .ost: "!BDN" at the start.
  if (head.length >= 4 && Buffer.from(head.subarray(0, 4)).toString('latin1') === '!BDN') return 'pst';
  // An OLE compound file (D0 CF 11 E0) named .msg is an Outlook message.
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    return ext === 'msg' ? 'msg' : null;
  const text = Buffer.from(head.subarray(0, 1024)).toString('latin1');
  if (ext !== 'eml' && FROM_LINE.test(text)) return 'mbox';
  return null;
}
