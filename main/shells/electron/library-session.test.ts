import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrate';
import { isDossierError } from '../../../preload/contract/errors';
import { openLibrary } from '../../../db/open';
import type { Core } from '../../core';
import { LibrarySession } from './library-session';

let dir: string;
let session: LibrarySession;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-shell-'));
  session = new LibrarySession();
});

afterEach(() => {
  session.closeCurrent();
  rmSync(dir, { recursive: true, force: true });
});

async function countArticles(core: Core): Promise<number> {
  return (await core.api.getStats()).articles;
}

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('LibrarySession', () => {
  it('fills a brand-new library with the demo on first start, and only then', async () => {
    const path = join(dir, 'library.sqlite');
    const first = session.open(path, { demoIfNew: true });
    const demoArticles = await countArticles(first);
    expect(demoArticles).toBeGreaterThanOrEqual(24);

    await first.api.deleteArticle({ id: (await first.api.listArticles({ limit: 1 })).articles[0]!.id });
    const again = session.open(path, { demoIfNew: true });
    expect(await countArticles(again)).toBe(demoArticles - 1);
  });

  it('leaves a new library empty when the demo is not asked for', async () => {
    const core = session.open(join(dir, 'work.sqlite'), { demoIfNew: false });
    expect(await countArticles(core)).toBe(0);
  });

  it('keeps the current library when the next one is from a newer app, and leaves that file untouched', async () => {
    const current = session.open(join(dir, 'current.sqlite'), { demoIfNew: false });
    const newerPath = join(dir, 'newer.sqlite');
    const db = openLibrary(newerPath);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(newerPath);

    const err = thrownBy(() => session.open(newerPath, { demoIfNew: true }));
    expect(isDossierError(err, 'DB_NEWER_THAN_APP')).toBe(true);
    expect(session.current()).toBe(current);
    expect(await countArticles(current)).toBe(0);
    expect(readFileSync(newerPath).equals(before)).toBe(true);
  });

  it('refuses a file that is not a library with a clear code', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'not a database at all, just my notes');
    expect(
      isDossierError(
        thrownBy(() => session.open(path, { demoIfNew: true })),
        'DB_NOT_A_LIBRARY',
      ),
    ).toBe(true);
    expect(session.current()).toBeNull();
  });

  it('moves attachments (event forwarding) to the new library and closes the old one', async () => {
    const log: string[] = [];
    const first = session.open(join(dir, 'a.sqlite'), { demoIfNew: false });
    session.attach((core) => {
      log.push(`attach ${core.libraryPath.endsWith('a.sqlite') ? 'a' : 'b'}`);
      return () => log.push('detach');
    });
    session.open(join(dir, 'b.sqlite'), { demoIfNew: false });
    expect(log).toEqual(['attach a', 'detach', 'attach b']);
    await expect(first.api.getStats()).rejects.toThrow(/not open/);
  });
});
