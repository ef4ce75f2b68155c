import { readdir, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/** A file found on disk, with its size known before reading it. */
export interface FileOnDisk {
  /** The path as shown in the report, with U+FFFD for bytes of a name that are not UTF-8. */
  path: string;
  /** The path to open: the original bytes when the shown string would not lead back to the file. */
  location: string | Buffer;
  bytes: number;
}

export interface CollectedPaths {
  files: FileOnDisk[];
  /** Paths given that do not exist or cannot be read. */
  missing: string[];
}

const SYSTEM_FILES = new Set([
  'thumbs.db',
  'desktop.ini',
  'ehthumbs.db',
  'icon\r',
  '$recycle.bin',
  'system volume information',
  '__macosx',
]);

/** Hidden and system entries a folder walk leaves alone. */
export function isSkippedName(name: string): boolean {
  const lower = name.toLowerCase();
  return name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(lower);
}

/** The "_files" folder a browser writes next to a page saved as "Web page, complete". */
function isSavedPageAssets(dirName: string, siblings: Set<string>): boolean {
  const m = /^(.*)_files$/i.exec(dirName);
  if (!m) return false;
  return ['.html', '.htm', '.xhtml', '.shtml'].some((ext) => siblings.has(`${m[1]}${ext}`.toLowerCase()));
}

/**
 * A path as raw bytes becomes what the report shows (names that are not valid UTF-8, such as a
 * Latin-1 "caf\xe9.html" from an old archive, get U+FFFD) and what opens the file (the original
 * bytes whenever the shown string would not lead back to them).
 */
function fromBytes(raw: Buffer): { path: string; location: string | Buffer } {
  const path = raw.toString('utf8');
  return { path, location: Buffer.from(path, 'utf8').equals(raw) ? path : raw };
}

function joinBytes(dir: Buffer, name: Buffer): Buffer {
  return dir[dir.length - 1] === SEPARATOR ? Buffer.concat([dir, name]) : Buffer.concat([dir, SEPARATOR_BYTES, name]);
}

const SEPARATOR_BYTES = Buffer.from(sep);
const SEPARATOR = SEPARATOR_BYTES[0]!;

async function addFile(raw: Buffer, out: FileOnDisk[]): Promise<void> {
  const info = await stat(raw).catch(() => null);
  if (info?.isFile()) out.push({ ...fromBytes(raw), bytes: info.size });
}

/** Folders are read with names as bytes, so every file is found and opened whatever its name's encoding. */
async function walk(dir: Buffer, out: FileOnDisk[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true, encoding: 'buffer' }).catch(() => [])).map((entry) => ({
    entry,
    name: entry.name.toString('utf8'),
  }));
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  for (const { entry, name } of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (isSkippedName(name)) continue;
    const full = joinBytes(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isSavedPageAssets(name, names)) await walk(full, out);
    } else if (entry.isFile()) {
      await addFile(full, out);
    } else if (entry.isSymbolicLink()) {
      // Follow links to files, never to folders (a link to a parent folder would loop forever).
      await addFile(full, out);
    }
  }
}

/**
 * Paths whose shown form has U+FFFD (copied from a report, or passed through a command line that
 * decoded the bytes as UTF-8) cannot be opened as strings: each such name is matched, folder by
 * folder, against the names on disk decoded the same way.
 */
async function findByShownName(full: string): Promise<Buffer[]> {
  let candidates: Buffer[] = [Buffer.from(sep)];
  for (const part of full.split(sep).filter((p) => p !== '')) {
    const next: Buffer[] = [];
    for (const dir of candidates) {
      if (!part.includes('\uFFFD')) {
        next.push(joinBytes(dir, Buffer.from(part, 'utf8')));
        continue;
      }
      const names = await readdir(dir, { encoding: 'buffer' }).catch(() => []);
      for (const name of names) if (name.toString('utf8') === part) next.push(joinBytes(dir, name));
    }
    candidates = next;
  }
  return candidates;
}

/** Expands the given paths: files as they are, folders recursively, skipping hidden and system files. */
export async function collectFiles(paths: string[]): Promise<CollectedPaths> {
  const files: FileOnDisk[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const full = resolve(given);
    const found: Buffer[] = (await stat(full).catch(() => null)) ? [Buffer.from(full, 'utf8')] : [];
    if (found.length === 0 && full.includes('\uFFFD')) found.push(...(await findByShownName(full)));
    let any = false;
    for (const raw of found) {
      const info = await stat(raw).catch(() => null);
      if (info?.isDirectory()) {
        await walk(raw, files);
        any = true;
      } else if (info?.isFile()) {
        files.push({ ...fromBytes(raw), bytes: info.size });
        any = true;
      }
    }
    if (!any) missing.push(full);
  }
  return { files, missing };
}
