import SevenZip, { type SevenZipModule } from '7z-wasm';
import { ArchiveRefused, skipReasonFor, tooLargeMember, type ArchiveMember } from './archive-member';
import type { ZipReadLimits } from './zip-members';

/**
 * 7z archives through 7z-wasm (7-Zip 24.09 compiled to WebAssembly, shipped in the npm package:
 * nothing is downloaded). 7-Zip runs in its own in-memory file system: the archive is written
 * there, listed first (declared sizes refuse a bomb before anything is unpacked; encrypted
 * entries ask for the password), then unpacked and walked. A new instance per archive, because
 * 7-Zip's command line ends its runtime on a fatal error.
 */
interface ListedEntry {
  path: string;
  size: number;
  folder: boolean;
  encrypted: boolean;
}

interface Run {
  zip: SevenZipModule;
  output: string[];
  /** Runs one 7-Zip command; false when it stopped with an error. */
  call(args: string[]): boolean;
}

async function start(): Promise<Run> {
  const output: string[] = [];
  const zip = await SevenZip({ print: (line) => output.push(line), printErr: (line) => output.push(line) });
  return {
    zip,
    output,
    call(args) {
      try {
        zip.callMain(args);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Parses `7zz l -slt`: one block of "Key = value" lines per entry, after the archive's own block. */
function parseListing(lines: readonly string[]): ListedEntry[] {
  const entries: ListedEntry[] = [];
  const at = lines.findIndex((l) => l.startsWith('----------'));
  let current: Partial<ListedEntry> | null = null;
  for (const line of lines.slice(at + 1)) {
    const m = /^([A-Za-z ]+?) = (.*)$/u.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'Path') {
      if (current?.path !== undefined) entries.push(current as ListedEntry);
      current = { path: value, size: 0, folder: false, encrypted: false };
    } else if (current && key === 'Size') current.size = Number(value) || 0;
    else if (current && key === 'Folder') current.folder = value === '+';
    else if (current && key === 'Attributes') current.folder ||= value.startsWith('D');
    else if (current && key === 'Encrypted') current.encrypted = value === '+';
  }
  if (current?.path !== undefined) entries.push(current as ListedEntry);
  return entries;
}

const NO_PASSWORD = 'dossier-no-password-given';

const WRONG_PASSWORD = /wrong password|can ?not open encrypted archive/iu;

/** 7-Zip's id of its AES-256 coder, as written in an archive's coder list. */
const AES_CODER = Buffer.from([0x06, 0xf1, 0x07, 0x01]);

/**
 * Whether the archive's list of files is itself encrypted (7z -mhe): 7-Zip then stops on a wrong
 * password without a message, so the import reads it from the header. The start header points
 * at the next header (offset and size after the 32-byte start); an encoded header (0x17) whose
 * coders include AES is an encrypted one.
 */
function headersEncrypted(bytes: Uint8Array): boolean {
  if (bytes.length < 32) return false;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offset = 32 + Number(view.readBigUInt64LE(12));
  const size = Number(view.readBigUInt64LE(20));
  if (offset >= view.length || size <= 0) return false;
  const next = view.subarray(offset, Math.min(view.length, offset + size));
  return next[0] === 0x17 && next.includes(AES_CODER);
}

function encryptedRefusal(password: string | undefined): ArchiveRefused {
  return password === undefined
    ? new ArchiveRefused('ENCRYPTED', 'This archive is protected by a password. Enter it to import its files.')
    : new ArchiveRefused('ENCRYPTED', 'The password is wrong for this archive. Try again.');
}

/** Every member of a 7z archive, in the archive's order: its bytes, or why it has none. */
export async function* sevenZipMembers(bytes: Uint8Array, limits: ZipReadLimits): AsyncGenerator<ArchiveMember> {
  const run = await start();
  const { zip, output } = run;
  zip.FS.writeFile('/archive.7z', bytes);
  // Always a password: without one (or with an empty one), 7-Zip asks for it on a terminal there
  // is none of and stops without saying why; a placeholder makes it say "Wrong password?".
  const password = `-p${limits.password || NO_PASSWORD}`;
  const listed = run.call(['l', '-slt', '-sccUTF-8', '/archive.7z', password]);
  if (!listed || output.some((l) => /^ERROR|Can not open/iu.test(l))) {
    if (headersEncrypted(bytes) || output.some((l) => WRONG_PASSWORD.test(l))) throw encryptedRefusal(limits.password);
    throw new ArchiveRefused('CORRUPT_FILE', 'This 7z archive is damaged or not a 7z archive; nothing was unpacked.');
  }
  const entries = parseListing(output);
  if (limits.password === undefined && entries.some((e) => e.encrypted)) throw encryptedRefusal(undefined);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxUncompressedBytes) {
    const size = `${Math.round(limits.maxUncompressedBytes / 1e6)} MB`;
    throw new ArchiveRefused(
      'FILE_TOO_LARGE',
      `This archive unpacks to more than ${size} (a zip bomb, or simply too big); nothing of it was unpacked.`,
    );
  }
  // Members too big on their own are left out of the unpacking (-x), and reported.
  const tooBig = entries.filter((e) => !e.folder && e.size > limits.maxMemberBytes);
  output.length = 0;
  zip.FS.mkdir('/out');
  const excluded = tooBig.map((e) => `-x!${e.path}`);
  run.call(['x', '/archive.7z', '-o/out', '-y', '-sccUTF-8', password, ...excluded]);
  if (output.some((l) => WRONG_PASSWORD.test(l))) throw encryptedRefusal(limits.password);
  const failedNames = new Set(
    output.flatMap((l) => {
      const m = /^ERROR: .* : (.+)$/u.exec(l);
      return m ? [m[1]!] : [];
    }),
  );
  zip.FS.unlink('/archive.7z');
  for (const entry of entries) {
    const path = entry.folder ? `${entry.path}/` : entry.path;
    const skipped = skipReasonFor(path);
    if (skipped) {
      yield { path, skipped };
      continue;
    }
    if (entry.size > limits.maxMemberBytes) {
      yield { path, error: tooLargeMember(entry.size, limits.maxMemberBytes) };
      continue;
    }
    let data: Uint8Array | null = null;
    try {
      data = failedNames.has(entry.path) ? null : zip.FS.readFile(`/out/${entry.path}`);
      zip.FS.unlink(`/out/${entry.path}`);
    } catch {
      data = null;
    }
    if (data === null) {
      yield {
        path,
        error: { code: 'CORRUPT_FILE', message: 'This file inside the archive is damaged and could not be unpacked.' },
      };
    } else {
      yield { path, bytes: data };
    }
  }
}
