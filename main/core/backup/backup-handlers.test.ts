import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countEverything } from '../../../db/stats';
import { dispatch } from '../kernel/dispatch';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { chooseBackupPath } from './backup-handlers';

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-backup-now-'));
});
afterEach(() => {
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

function openWithArticles(path: string, count: number, now: () => string): TestCore {
  const opened = openTestCore(path, { now });
  for (let n = 1; n <= count; n++) {
    const text = `Story ${n} about accelerator export licences and the review that followed.`;
    addTestArticle(opened, {
      title: `Story ${n}`,
      text,
      siteName: 'Example Wire',
      publishedAt: '2025-02-01',
      url: `https://example.org/${n}`,
      excerpt: text,
      fileName: `s${n}.html`,
    });
  }
  return opened;
}

function countArticlesIn(path: string): number {
  const copy = openTestCore(path);
  try {
    return countEverything(copy.db).articles;
  } finally {
    copy.close();
  }
}

describe('backupLibrary (Back up now)', () => {
  it('writes a checked copy into <library folder>/backups and reports its path and count', async () => {
    core = openWithArticles(join(dir, 'library.sqlite'), 4, () => '2026-03-04T05:06:07.089Z');
    const backup = await core.api.backupLibrary();
    expect(backup.path).toBe(join(dir, 'backups', 'library-2026-03-04T05-06-07-089Z.sqlite'));
    expect(backup.articles).toBe(4);
    expect(backup.bytes).toBeGreaterThan(0);
    expect(countArticlesIn(backup.path)).toBe(4);
  });

  it('never replaces an earlier backup made in the same instant', async () => {
    core = openWithArticles(join(dir, 'work.sqlite'), 1, () => '2026-03-04T05:06:07.089Z');
    const first = await core.api.backupLibrary();
    const second = await core.api.backupLibrary();
    expect(second.path).not.toBe(first.path);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual([
      'work-2026-03-04T05-06-07-089Z-2.sqlite',
      'work-2026-03-04T05-06-07-089Z.sqlite',
    ]);
  });

  it('ignores any path a caller slips into the arguments', async () => {
    core = openWithArticles(join(dir, 'library.sqlite'), 2, () => '2026-03-04T05:06:07.089Z');
    const elsewhere = join(dir, 'chosen-by-the-page.sqlite');
    const result = await dispatch(core.api, 'backupLibrary', { out: elsewhere, path: elsewhere });
    expect(result).toMatchObject({
      ok: true,
      value: { path: join(dir, 'backups', 'library-2026-03-04T05-06-07-089Z.sqlite'), articles: 2 },
    });
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('refuses an in-memory library with a clear code', async () => {
    core = openTestCore(':memory:');
    await expect(core.api.backupLibrary()).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('chooseBackupPath', () => {
  it('keeps the library name and makes the time safe for every file system', () => {
    expect(chooseBackupPath('/data/desk/gpu-story.sqlite', '2026-11-29T01:02:03.004Z')).toBe(
      '/data/desk/backups/gpu-story-2026-11-29T01-02-03-004Z.sqlite',
    );
  });
});
