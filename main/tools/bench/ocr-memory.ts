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
