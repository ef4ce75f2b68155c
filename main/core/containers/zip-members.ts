import { configure, Uint8ArrayReader, Writer, ZipReader, type Entry } from '@zip.js/zip.js';
import {
  declaredUncompressedBytes,
  InflateBudget,
  readZipDirectory,
  ZipBudgetExceeded,
  ZipEntryTooLarge,
  type ZipEntry,
} from '../import/zip-directory';
import { ArchiveRefused, skipReasonFor, tooLargeMember, type ArchiveMember } from './archive-member';

// Decryption runs inline: the import already runs off the UI, and web workers do not exist in Node.
configure({ useWebWorkers: false });

export interface ZipReadLimits {
  /** Cap on everything the archive unpacks to (the zip-bomb cap). */
  maxUncompressedBytes: number;
  /** Largest member accepted. */
  maxMemberBytes: number;
  password?: string;
}

function bombRefusal(max: number, midway = false): ArchiveRefused {
  const size = `${Math.round(max / 1e6)} MB`;
  return new ArchiveRefused(
    'FILE_TOO_LARGE',
    midway
      ? `This archive unpacks to more than its list of files says and passed ${size}; unpacking stopped there (the files listed before were read).`
      : `This archive unpacks to more than ${size} (a zip bomb, or simply too big); nothing of it was unpacked.`,
  );
}

/** Collects decrypted bytes, refusing more than `limit` as zlib produces them (a size in the directory may lie). */
class CappedWriter extends Writer<Uint8Array> {
  private chunks: Uint8Array[] = [];
  private total = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override writeUint8Array(array: Uint8Array): void {
    this.total += array.length;
    if (this.total > this.limit) throw new ZipBudgetExceeded(this.limit);
    this.chunks.push(array);
  }
  override getData(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}

/** Every entry of the archive but the (unpacked) bytes: refuses a bomb before anything is unpacked. */
function checkedDirectory(bytes: Uint8Array, limits: ZipReadLimits): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  if (!entries)
    throw new ArchiveRefused('CORRUPT_FILE', 'This zip archive is damaged: its list of files cannot be read.');
  if (declaredUncompressedBytes(entries) > limits.maxUncompressedBytes) throw bombRefusal(limits.maxUncompressedBytes);
  const encrypted = entries.some((e) => (e.flags & 1) === 1);
  if (encrypted && limits.password === undefined) {
    throw new ArchiveRefused('ENCRYPTED', 'This archive is protected by a password. Enter it to import its files.');
  }
  return entries;
}

/**
 * Yields each member of a zip in order, unpacked one at a time (so only one member is held besides
 * the archive). The declared sizes are checked first: a zip bomb is refused with nothing unpacked.
 * Sizes are counted again as bytes come out of zlib, so a directory that lies about them stops the
 * archive at the cap. Encrypted members (ZipCrypto or AES) are decrypted with @zip.js/zip.js, the
 * maintained pure-JS zip library that supports both; plain members go through the inflate budget
 * the Word importer already uses.
 */
export async function* zipMembers(bytes: Uint8Array, limits: ZipReadLimits): AsyncGenerator<ArchiveMember> {
  const entries = checkedDirectory(bytes, limits);
  const budget = new InflateBudget(limits.maxUncompressedBytes);
  let decrypting: Map<string, Entry> | null = null;
  let reader: ZipReader<unknown> | null = null;
  try {
    for (const entry of entries) {
      const skipped = skipReasonFor(entry.name);
      if (skipped) {
        yield { path: entry.name.replace(/\/$/u, ''), skipped };
        continue;
      }
      if (entry.uncompressedSize > limits.maxMemberBytes) {
        yield { path: entry.name, error: tooLargeMember(entry.uncompressedSize, limits.maxMemberBytes) };
        continue;
      }
      if ((entry.flags & 1) === 1) {
        if (!decrypting) {
          reader = new ZipReader(new Uint8ArrayReader(bytes));
          decrypting = new Map((await reader.getEntries()).map((e) => [e.filename, e]));
        }
        const found = decrypting?.get(entry.name);
        if (!found || found.directory) {
          yield {
            path: entry.name,
            error: { code: 'CORRUPT_FILE', message: 'This file inside the archive is damaged.' },
          };
          continue;
        }
        const left = limits.maxUncompressedBytes - budget.inflatedBytes;
        try {
          const data = await found.getData(new CappedWriter(Math.min(left, limits.maxMemberBytes)), {
            password: limits.password,
            checkSignature: true,
          });
          yield { path: entry.name, bytes: data };
        } catch (err) {
          if (err instanceof ZipBudgetExceeded) throw bombRefusal(limits.maxUncompressedBytes, true);
          const message = err instanceof Error ? err.message : String(err);
          if (/password/iu.test(message))
            throw new ArchiveRefused('ENCRYPTED', 'The password is wrong for this archive. Try again.');
          yield {
            path: entry.name,
            error: { code: 'CORRUPT_FILE', message: `This file inside the archive is damaged (${message}).` },
          };
        }
        continue;
      }
      let data: Buffer | null;
      try {
        data = budget.inflate(bytes, entry, Math.max(entry.uncompressedSize, 1));
      } catch (err) {
        if (err instanceof ZipBudgetExceeded || err instanceof ZipEntryTooLarge)
          throw bombRefusal(limits.maxUncompressedBytes, true);
        throw err;
      }
      if (data === null) {
        yield {
          path: entry.name,
          error: {
            code: 'CORRUPT_FILE',
            message: 'This file inside the archive is damaged or packed in a way Dossier cannot unpack.',
          },
        };
      } else {
        yield { path: entry.name, bytes: data };
      }
    }
  } finally {
    if (reader) await reader.close();
  }
}
