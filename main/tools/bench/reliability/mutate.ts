import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { pick } from './support';

/**
 * Mutants of real files, the classic four ways: bytes flipped, truncated, spliced with another
 * file, a range zero-filled. The PRNG is seeded, so the same seed gives the same mutants.
 */
export type Mutation = 'flip' | 'truncate' | 'splice' | 'zero';

export interface Mutant {
  name: string;
  bytes: Buffer;
  mutation: Mutation;
  from: string;
}

/** Seeds worth mutating: files the importer takes, small enough that a thousand mutants stay quick. */
export function mutationSeeds(paths: string[], maxBytes = 400_000): string[] {
  return paths.filter((p) => {
    const ext = extname(p).toLowerCase();
    return (
      ['.html', '.htm', '.mhtml', '.mht', '.pdf', '.docx', '.eml', '.txt', '.md'].includes(ext) &&
      statSync(p).size <= maxBytes
    );
  });
}

export function* mutants(seeds: string[], count: number, random: () => number): Generator<Mutant> {
  const cache = new Map<string, Buffer>();
  const read = (p: string): Buffer => {
    let b = cache.get(p);
    if (!b) cache.set(p, (b = readFileSync(p)));
    return b;
  };
  const kinds: Mutation[] = ['flip', 'truncate', 'splice', 'zero'];
  for (let i = 0; i < count; i++) {
    const from = pick(random, seeds);
    const original = read(from);
    const mutation = kinds[i % kinds.length]!;
    const bytes = Buffer.from(original);
    let out = bytes;
    const at = (): number => Math.floor(random() * Math.max(1, bytes.length));
    if (mutation === 'flip') {
      const flips = 1 + Math.floor(random() * 16);
      for (let k = 0; k < flips && bytes.length; k++) {
        const k2 = at();
        bytes[k2] = bytes[k2]! ^ (1 << Math.floor(random() * 8));
      }
    } else if (mutation === 'truncate') {
      out = bytes.subarray(0, at());
    } else if (mutation === 'splice') {
      const other = read(pick(random, seeds));
      out = Buffer.concat([bytes.subarray(0, at()), other.subarray(Math.floor(random() * other.length))]);
    } else {
      const start = at();
      bytes.fill(0, start, Math.min(bytes.length, start + 1 + Math.floor(random() * 4096)));
    }
    yield {
      name: `m${String(i).padStart(4, '0')}-${mutation}${extname(from).toLowerCase()}`,
      bytes: out,
      mutation,
      from,
    };
  }
}
