import type { InflateBudget, ZipEntry } from '../zip-directory';

/**
 * The zip object mammoth reads a Word document through (its `file` input, which unzip.js accepts
 * beside `path` and `buffer`). Handing mammoth the bytes would let JSZip inflate entries on its
 * own, trusting what the archive says about them; through this object every byte mammoth gets is
 * unpacked here, counted by one InflateBudget as it is inflated, and stopped at the cap.
 */
export interface MammothZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Wraps the archive for mammoth. With two entries of one name the later one wins, as in JSZip
 * and unzip tools; either way its bytes count against the budget.
 */
export function openDocxZip(
  bytes: Uint8Array,
  entries: ZipEntry[],
  budget: InflateBudget,
  maxXmlPartBytes = Infinity,
): MammothZipFile {
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) byName.set(entry.name, entry);
  const written = new Map<string, string>();

  return {
    exists: (name) => byName.has(name) || written.has(name),
    async read(name, encoding) {
      const kept = written.get(name);
      const entry = byName.get(name);
      // XML parts are parsed into trees many times their size: they get their own, smaller cap.
      const limit = name.toLowerCase().endsWith('.xml') ? maxXmlPartBytes : Infinity;
      const data = kept !== undefined ? Buffer.from(kept, 'utf8') : entry ? budget.inflate(bytes, entry, limit) : null;
      if (data === null) throw new Error(`the part ${name} is missing or damaged`);
      if (encoding === 'base64') return data.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return data;
    },
    // Only used by mammoth's embedStyleMap, which Dossier never calls; kept apart from the archive.
    write(name, contents) {
      written.set(name, contents);
    },
    toArrayBuffer() {
      return Promise.reject(new Error('Dossier never writes Word documents back'));
    },
  };
}
