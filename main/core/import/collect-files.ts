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

/** An entry of a walked folder that is left alone, with why: it still gets its line in the report. */
export interface SkippedOnDisk {
  path: string;
  reason: 'hidden' | 'system-file';
}

export interface CollectedPaths {
  files: FileOnDisk[];
  /** Hidden and system entries met while walking folders (a hidden folder is one entry, not walked). */
  skipped: SkippedOnDisk[];
  /** Paths given that do not exist or cannot be read. */
  missing: string[];
}

const SYSTEM_FILES = new Set([
  '.ds_store',
  'thumbs.db',
  'desktop.ini',
  'ehthumbs.db',
  'icon\r',
  '$recycle.bin',
  'system volume information',
  '__macosx',
]);

/** Why a folder walk leaves an entry alone, or null to take it. */
export function skippedNameReason(name: string): SkippedOnDisk['reason'] | null {
  // "~$report.docx" is the lock file Word keeps beside an open document: the operating system's, not the reporter's.
  if (name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase()) || name.startsWith('._')) return 'system-file';
  if (name.startsWith('.')) return 'hidden';
  return null;
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

/**
 * Folders are read with names as bytes, so every file is found and opened whatever its name's encoding.
 * A hidden or system entry is not read, but it is listed in `skipped` so the report has a line for it.
 */
async function walk(dir: Buffer, out: FileOnDisk[], skipped: SkippedOnDisk[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true, encoding: 'buffer' }).catch(() => [])).map((entry) => ({
    entry,
    name: entry.name.toString('utf8'),
  }));
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  for (const { entry, name } of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = joinBytes(dir, entry.name);
    const reason = skippedNameReason(name);
    if (reason !== null) {
      skipped.push({ path: fromBytes(full).path, reason });
      continue;
    }
    if (entry.isDirectory()) {
      // A saved page's "_files" folder is part of the page (its images and styles), not documents of its own.
      if (!isSavedPageAssets(name, names)) await walk(full, out, skipped);
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

/** Expands the given paths: files as they are (even hidden ones, when named), folders recursively. */
export async function collectFiles(paths: string[]): Promise<CollectedPaths> {
  const files: FileOnDisk[] = [];
  const skipped: SkippedOnDisk[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const full = resolve(given);
    const found: Buffer[] = (await stat(full).catch(() => null)) ? [Buffer.from(full, 'utf8')] : [];
    if (found.length === 0 && full.includes('\uFFFD')) found.push(...(await findByShownName(full)));
    let any = false;
    for (const raw of found) {
      const info = await stat(raw).catch(() => null);
      if (info?.isDirectory()) {
        await walk(raw, files, skipped);
        any = true;
      } else if (info?.isFile()) {
        files.push({ ...fromBytes(raw), bytes: info.size });
        any = true;
      }
    }
    if (!any) missing.push(full);
  }
  return { files, skipped, missing };
}
