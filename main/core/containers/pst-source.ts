import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ArchiveRefused } from './archive-member';

/**
 * pst-extractor keeps the named-property map of the store it opened last in a static field, so
 * two stores walked at once would read each other's property names: stores are walked one at a time.
 */
let pstQueue: Promise<unknown> = Promise.resolve();

export function withPstLock<T>(walk: () => Promise<T>): Promise<T> {
  const run = pstQueue.then(walk);
  pstQueue = run.catch(() => undefined);
  return run;
}

/**
 * What pst-extractor opens: the path of a store on disk (read by offset, never whole) or the
 * bytes of one found inside another container. pst-extractor takes a Buffer as the store's
 * bytes, so a path that is not valid UTF-8 (kept as bytes) cannot be handed to it.
 */
export function pstSource(
  input: { bytes: Uint8Array } | { location?: string | Buffer; fileName: string },
): string | Buffer {
  if ('bytes' in input) return Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const at = input.location;
  if (typeof at === 'string') return at;
  if (at && Buffer.from(at.toString('utf8'), 'utf8').equals(at)) return at.toString('utf8');
  throw new ArchiveRefused(
    'CORRUPT_FILE',
    `Dossier cannot open "${input.fileName}" from this folder: its path is not valid text. Rename the folder or the file and import it again.`,
  );
}

/**
 * Refuses a store shorter than its header says (a copy cut short): pst-extractor would read
 * past its end and find nothing, or garbage. Nothing of it is imported; the message says why.
 */
export function checkPstLength(source: string | Buffer): void {
  let head: Buffer;
  let size: number;
  if (typeof source === 'string') {
    const fd = openSync(source, 'r');
    try {
      head = Buffer.alloc(192);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
      size = fstatSync(fd).size;
    } finally {
      closeSync(fd);
    }
  } else {
    head = source.subarray(0, 192);
    size = source.length;
  }
  if (head.length < 192) throw new ArchiveRefused('CORRUPT_FILE', 'This Outlook file is too short to be a mailbox.');
  // wVer: 14 and 15 are ANSI stores (32-bit offsets), 23 and above Unicode ones (64-bit).
  const unicode = head.readUInt16LE(10) >= 23;
  const declared = unicode ? Number(head.readBigUInt64LE(184)) : head.readUInt32LE(168);
  if (declared > size) {
    const mb = (n: number): string => `${Math.max(1, Math.round(n / 1e6))} MB`;
    throw new ArchiveRefused(
      'CORRUPT_FILE',
      `This Outlook file is cut short: it should hold ${mb(declared)} but holds ${mb(size)}. Copy it again in full and import it.`,
    );
  }
}
