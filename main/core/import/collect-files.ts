import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** A file found on disk, with its size known before reading it. */
export interface FileOnDisk {
  path: string;
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

async function walk(dir: string, out: FileOnDisk[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (isSkippedName(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isSavedPageAssets(entry.name, names)) await walk(full, out);
    } else if (entry.isFile()) {
      const info = await stat(full).catch(() => null);
      if (info) out.push({ path: full, bytes: info.size });
    } else if (entry.isSymbolicLink()) {
      // Follow links to files, never to folders (a link to a parent folder would loop forever).
      const info = await stat(full).catch(() => null);
      if (info?.isFile()) out.push({ path: full, bytes: info.size });
    }
  }
}

/** Expands the given paths: files as they are, folders recursively, skipping hidden and system files. */
export async function collectFiles(paths: string[]): Promise<CollectedPaths> {
  const files: FileOnDisk[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const full = resolve(given);
    const info = await stat(full).catch(() => null);
    if (!info) {
      missing.push(full);
    } else if (info.isDirectory()) {
      await walk(full, files);
    } else if (info.isFile()) {
      files.push({ path: full, bytes: info.size });
    } else {
      missing.push(full);
    }
  }
  return { files, missing };
}
