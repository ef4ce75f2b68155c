import { readFileSync } from 'node:fs';

/**
 * The process's anonymous resident memory (heap, WebAssembly memory of every worker thread), from
 * /proc/self/status's RssAnon. Plain RSS also counts mapped files, here the hundreds of system fonts
 * Skia maps to draw the scans, which the kernel pages in and out at will, so it can fall while the
 * workers grow. Off Linux, plain RSS.
 */
export function anonymousRssBytes(): number {
  try {
    const match = /^RssAnon:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux: fall through
  }
  return process.memoryUsage().rss;
}

/**
 * Resident megabytes of each WebAssembly memory in the process (Linux; empty elsewhere): each
 * tesseract.js worker's Tesseract heap, where the page image, its copies and the model live. V8
 * reserves a wasm32 memory as one large span and opens its used part read-write, so in
 * /proc/self/smaps a memory is the read-write mapping that ends where a ≥ 4 GiB inaccessible
 * reservation begins. This is the worker's own memory, apart from the rest of the process.
 */
export function wasmMemoriesMb(): number[] {
  let smaps: string;
  try {
    smaps = readFileSync('/proc/self/smaps', 'utf8');
  } catch {
    return [];
  }
  const areas: Array<{ start: bigint; end: bigint; perms: string; rssKb: number }> = [];
  for (const line of smaps.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+)/.exec(line);
    if (head) areas.push({ start: BigInt(`0x${head[1]}`), end: BigInt(`0x${head[2]}`), perms: head[3]!, rssKb: 0 });
    else {
      const rss = /^Rss:\s+(\d+) kB/.exec(line);
      if (rss && areas.length > 0) areas[areas.length - 1]!.rssKb = Number(rss[1]);
    }
  }
  const byEnd = new Map(areas.filter((a) => a.perms.startsWith('rw')).map((a) => [a.end, a]));
  return areas
    .filter((a) => a.perms.startsWith('---') && a.end - a.start >= 4n * 2n ** 30n)
    .map((guard) => byEnd.get(guard.start))
    .filter((body) => body !== undefined)
    .map((body) => body.rssKb / 1024);
}
