import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../db/open';
import { openTestCore } from '../../test-support/open-test-core';

/**
 * A real full disk: a 4 MB tmpfs. Mounting needs root (CI runs as root); elsewhere the test is
 * skipped with that reason rather than faking ENOSPC, which would prove nothing about SQLite.
 */
function mountTinyDisk(): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const disk = mountTinyDisk();
let sources: string;

beforeAll(() => {
  sources = mkdtempSync(join(tmpdir(), 'dossier-full-src-'));
});

afterAll(() => {
  rmSync(sources, { recursive: true, force: true });
  if (disk) {
    execFileSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  }
});

describe.skipIf(disk === null)('importing onto a full disk (needs root to mount a 4 MB tmpfs)', () => {
  it('says DISK_FULL once, stops the batch, and keeps the library whole with what was committed', async () => {
    const files: string[] = [];
    mkdirSync(join(sources, 'in'));
    for (let i = 0; i < 40; i++) {
      const path = join(sources, 'in', `report-${String(i).padStart(2, '0')}.txt`);
      // Distinct text per file (no duplicates), about 150 KB each: the disk fills within the batch.
      const words = Array.from({ length: 20_000 }, (_, w) => `w${i}x${(w * 7919) % 100_003}`).join(' ');
      writeFileSync(path, `Report ${i}\n\n${words}\n`);
      files.push(path);
    }
    const libraryPath = join(disk!, 'library.sqlite');
    const core = openTestCore(libraryPath);
    let imported: number;
    try {
      const batch = await core.api.importPaths({ paths: files });
      const codes = batch.results.map((r) => r.error?.code ?? r.status);
      imported = codes.filter((c) => c === 'imported').length;
      expect(codes.filter((c) => c === 'DISK_FULL')).toHaveLength(1);
      const firstFull = codes.indexOf('DISK_FULL');
      expect(imported).toBeGreaterThan(0);
      expect(codes.slice(firstFull + 1).every((c) => c === 'NOT_ATTEMPTED')).toBe(true);
      expect(codes.includes('INTERNAL')).toBe(false);
    } finally {
      core.close();
    }
    const db = openLibrary(libraryPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(imported);
      expect(
        db.prepare('SELECT count(*) FROM articles WHERE source_id NOT IN (SELECT id FROM sources)').pluck().get(),
      ).toBe(0);
    } finally {
      db.close();
    }
  });
});
