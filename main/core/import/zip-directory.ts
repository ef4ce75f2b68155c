import { inflateRawSync } from 'node:zlib';

/** One entry of a zip's central directory, as declared (never trusted for more than a refusal). */
export interface ZipEntry {
  name: string;
  /** General-purpose flags; bit 0 set means the entry is encrypted. */
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

/** True when the bytes start like a zip archive (local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads the central directory without inflating anything, so the declared sizes can be checked
 * before a library unpacks the archive. Returns null when the directory cannot be found.
 *
 * Entries are read for as long as central-directory records follow one another, not up to the
 * count in the end record: unzip libraries (JSZip among them) read every record there is, so a
 * record hidden after the counted ones must be seen here too.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const searchFrom = Math.max(0, view.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = view.length - 22; i >= searchFrom; i--) {
    if (view.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.readUInt16LE(eocd + 10);
  let offset = view.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  while (offset + 46 <= view.length && view.readUInt32LE(offset) === CENTRAL_SIGNATURE) {
    const nameLength = view.readUInt16LE(offset + 28);
    const extraLength = view.readUInt16LE(offset + 30);
    const commentLength = view.readUInt16LE(offset + 32);
    entries.push({
      flags: view.readUInt16LE(offset + 8),
      method: view.readUInt16LE(offset + 10),
      compressedSize: view.readUInt32LE(offset + 20),
      uncompressedSize: view.readUInt32LE(offset + 24),
      localHeaderOffset: view.readUInt32LE(offset + 42),
      name: view.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries.length < count ? null : entries;
}

/** Sum of the declared uncompressed sizes; ZIP64 markers count as "more than any cap". */
export function declaredUncompressedBytes(entries: ZipEntry[]): number {
  let total = 0;
  for (const e of entries) total += e.uncompressedSize === ZIP64_MARKER ? Number.MAX_SAFE_INTEGER : e.uncompressedSize;
  return total;
}

/** Counts the bytes a zip really unpacks to, across every entry read, against one cap. */
export class InflateBudget {
  private used = 0;
  constructor(readonly maxBytes: number) {}

  /** Bytes unpacked so far. */
  get inflatedBytes(): number {
    return this.used;
  }

  /**
   * Unpacks one entry, counting its bytes as zlib produces them: zlib stops as soon as the
   * output would pass what is left of the cap, whatever the entry declares, and this throws
   * ZipBudgetExceeded. Returns null for an entry that is damaged or uses another method.
   */
  inflate(bytes: Uint8Array, entry: ZipEntry, maxEntryBytes = Infinity): Buffer | null {
    const data = entryData(bytes, entry);
    if (data === null) return null;
    const left = this.maxBytes - this.used;
    const limit = Math.min(left, maxEntryBytes);
    const exceeded = (): Error =>
      limit === left ? new ZipBudgetExceeded(this.maxBytes) : new ZipEntryTooLarge(entry.name, maxEntryBytes);
    let out: Buffer;
    if (entry.method === 0) {
      if (data.length > limit) throw exceeded();
      out = Buffer.from(data);
    } else if (entry.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw exceeded();
        return null;
      }
      if (out.length > limit) throw exceeded();
    } else {
      return null;
    }
    this.used += out.length;
    return out;
  }
}

/** Thrown when the bytes actually unpacked pass the cap. */
export class ZipBudgetExceeded extends Error {
  constructor(readonly maxBytes: number) {
    super(`the archive unpacks to more than ${maxBytes} bytes`);
    this.name = 'ZipBudgetExceeded';
  }
}

/** Thrown when one entry unpacks to more than the limit given for it. */
export class ZipEntryTooLarge extends Error {
  constructor(
    readonly entryName: string,
    readonly maxBytes: number,
  ) {
    super(`${entryName} unpacks to more than ${maxBytes} bytes`);
    this.name = 'ZipEntryTooLarge';
  }
}

/** The still-packed bytes of an entry, found through its local header; null when they are not there. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Buffer | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.length || view.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + view.readUInt16LE(at + 26) + view.readUInt16LE(at + 28);
  return view.subarray(start, start + entry.compressedSize);
}

/** Inflates one small entry (e.g. docProps/core.xml), refusing anything bigger than `maxBytes`. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes = 1024 * 1024): Buffer | null {
  try {
    return new InflateBudget(maxBytes).inflate(bytes, entry);
  } catch {
    return null;
  }
}
