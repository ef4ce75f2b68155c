/** A dropped file with the name to report it under (its path inside a dropped folder, if any). */
export interface DroppedFile {
  file: File;
  name: string;
}

/** Reads every entry of a dropped folder, which the browser hands out in batches. */
function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

/** Walks a dropped entry (file or folder, recursively) into files. */
async function walkEntry(entry: FileSystemEntry, out: DroppedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, name: entry.fullPath.replace(/^\//, '') || file.name });
  } else if (entry.isDirectory) {
    const children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader());
    for (const child of children) await walkEntry(child, out);
  }
}

/**
 * The files of a drop in browser mode, folders walked recursively. Entries must be taken
 * synchronously during the drop event, before any await, or the browser empties the list.
 */
export async function readDroppedFiles(data: DataTransfer): Promise<DroppedFile[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  const files = [...data.files];
  if (entries.length === 0 || entries.some((e) => e === null)) return files.map((file) => ({ file, name: file.name }));
  const out: DroppedFile[] = [];
  for (const entry of entries) if (entry) await walkEntry(entry, out);
  return out;
}

/** Base64 of a file's bytes, built in chunks so large files do not overflow the call stack. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Splits uploads into requests of at most `maxBytes` (a single larger file goes alone). */
export function groupBySize<T extends { file: Blob }>(items: T[], maxBytes: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.file.size > maxBytes) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.file.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
