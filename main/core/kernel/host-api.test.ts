import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDossierError } from '../../../preload/contract/errors';
import { openCore, type Core } from './open-core';

let dir: string;
let core: Core;
const logged: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-host-'));
  logged.length = 0;
  core = openCore(join(dir, 'library.sqlite'), { log: (message) => logged.push(message), demoIfNew: true });
});

afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return isDossierError(err) ? err.code : `raw ${String(err)}`;
  }
  return 'resolved';
}

describe('openCore', () => {
  it('gives shells the API, the host API, events and the path, and nothing of its internals', () => {
    expect(Object.keys(core).sort()).toEqual(['api', 'close', 'demoLoaded', 'events', 'host', 'libraryPath']);
    expect(core.demoLoaded?.articles).toBeGreaterThanOrEqual(24);
  });

  it('loads the demo only into a library it creates', () => {
    const path = join(dir, 'library.sqlite');
    core.close();
    core = openCore(path, { demoIfNew: true });
    expect(core.demoLoaded).toBeNull();
  });
});

describe('the host API', () => {
  it('checks its arguments like the API does', async () => {
    expect(await codeOf(core.host.backupTo({ out: 42 as unknown as string }))).toBe('INVALID_INPUT');
    expect(await codeOf(core.host.exportData({ format: 'xml' as 'json', out: join(dir, 'x') }))).toBe('INVALID_INPUT');
    expect(
      await codeOf(core.host.exportBriefFile({ definition: { title: '' }, format: 'md', out: join(dir, 'b.md') })),
    ).toBe('INVALID_INPUT');
    expect(await codeOf(core.host.backupTo({ out: core.libraryPath }))).toBe('INVALID_INPUT');
  });

  it('maps failures to codes a reporter can act on, and logs unexpected ones', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"format": "dossier-library", ');
    expect(await codeOf(core.host.importLibraryFile({ path: join(dir, 'broken.json') }))).toBe('CORRUPT_FILE');
    expect(await codeOf(core.host.importLibraryFile({ path: join(dir, 'missing.json') }))).toBe('NOT_FOUND');
    // A folder where the backup file should go: SQLite's own error becomes INTERNAL, logged with its stack.
    expect(await codeOf(core.host.backupTo({ out: dir }))).toBe('INTERNAL');
    expect(logged.some((line) => line.includes('backupTo'))).toBe(true);
  });

  it('writes briefs and data exports to the paths the shell chose', async () => {
    const brief = await core.host.exportBriefFile({
      definition: { title: 'Chips', scope: { kind: 'tag', tag: 'nvidia' }, sections: ['title', 'digest'] },
      format: 'md',
      out: join(dir, 'out', 'brief.md'),
    });
    expect(brief.articles).toBeGreaterThan(0);
    expect(readFileSync(brief.out, 'utf8')).toContain('# Chips');

    const data = await core.host.exportData({ format: 'json', out: join(dir, 'library.json') });
    const other = openCore(join(dir, 'other.sqlite'));
    try {
      const outcome = await other.host.importLibraryFile({ path: data.out });
      expect(outcome.imported).toBe(data.articles);
    } finally {
      other.close();
    }
  });
});
