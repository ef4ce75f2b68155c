import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { captureCli } from '../../test-support/capture-cli';

/** Packages loaded so far in this process (the CommonJS cache every `require` shares). */
function loadedPackages(): Set<string> {
  const cache = createRequire(import.meta.url).cache;
  return new Set(
    Object.keys(cache).flatMap((path) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(path)?.[1] ?? []),
  );
}

// What every `dossier` command and the app's core process pay before doing anything: jsdom alone
// cost 0.45 s and 60 MB at start (`dossier --help` took 1.0 s and 229 MB; 0.23 s and 122 MB without
// it and the benchmarks' Playwright), though only the parse workers and the benchmarks use them.
it('starts the CLI and opens a library without loading jsdom, Playwright, linkedom or Readability', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-start-'));
  try {
    const run = await captureCli(['stats', '--library', join(dir, 'lib.sqlite'), '--json']);
    expect(run.code).toBe(0);
    const loaded = loadedPackages();
    expect(loaded.has('better-sqlite3')).toBe(true);
    expect(
      [...loaded].filter((p) => ['jsdom', 'playwright-core', 'linkedom', '@mozilla/readability'].includes(p)),
    ).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
