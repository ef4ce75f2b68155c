import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SevenZip from '7z-wasm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportFileResult } from '../../../preload/api';
import { openTestCore, type TestCore } from '../../test-support/open-test-core';
import { sevenZipMembers } from './sevenz-members';

const STORY =
  'The ministry confirmed on Tuesday that the export licences for the new accelerator chips were suspended while investigators examine the shipments.';

/** Builds a real .7z with 7-Zip itself (the same 7z-wasm the import reads with). */
async function make7z(files: Record<string, string>, switches: string[] = []): Promise<Buffer> {
  const zip = await SevenZip({ print: () => {}, printErr: () => {} });
  const folders = new Set(['/in']);
  zip.FS.mkdir('/in');
  for (const [name, text] of Object.entries(files)) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = `/in/${parts.slice(0, i).join('/')}`;
      if (!folders.has(folder)) zip.FS.mkdir(folder);
      folders.add(folder);
    }
    zip.FS.writeFile(`/in/${name}`, text);
  }
  zip.FS.chdir('/in');
  zip.callMain(['a', '/out.7z', ...new Set(Object.keys(files).map((n) => n.split('/')[0]!)), ...switches]);
  return Buffer.from(zip.FS.readFile('/out.7z'));
}

let dir: string;
let core: TestCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-7z-'));
  core = openTestCore(':memory:');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importFile(name: string, bytes: Buffer, password?: string): Promise<ImportFileResult[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return (await core.api.importPaths({ paths: [path], ...(password ? { password } : {}) })).results;
}

describe('7z archives (7z-wasm)', () => {
  it('imports every member with its path inside the archive', async () => {
    const archive = await make7z({
      'notes/first.txt': `First note. ${STORY}`,
      'notes/second.md': `# Second note\n\n${STORY}`,
      'readme.txt': `Read me. ${STORY}`,
    });
    const results = await importFile('leak.7z', archive);
    expect(results[0]!.status).toBe('imported');
    const members = Object.fromEntries(results.slice(1).map((r) => [r.member, r.status]));
    expect(members).toEqual({
      'notes/': 'skipped',
      'notes/first.txt': 'imported',
      'notes/second.md': 'imported',
      'readme.txt': 'imported',
    });
    const first = results.find((r) => r.member === 'notes/first.txt')!;
    const provenance = await core.api.getProvenance({ id: first.id! });
    expect(provenance.links[0]!.path).toBe('leak.7z / notes / first.txt');
    expect((await core.api.search({ query: '"first note"' })).hits.map((h) => h.id)).toEqual([first.id]);
  });

  it('asks for the password of an encrypted 7z, refuses a wrong one, and imports with the right one', async () => {
    const archive = await make7z({ 'secret.txt': `The secret memo. ${STORY}` }, ['-phunter2', '-mhe=on']);
    const [locked] = await importFile('locked.7z', archive);
    expect(locked!.status).toBe('failed');
    expect(locked!.error?.code).toBe('ENCRYPTED');
    const [wrong] = await importFile('locked.7z', archive, 'nope');
    expect(wrong!.error?.code).toBe('ENCRYPTED');
    expect((await core.api.listArticles({})).total).toBe(0);
    const open = await importFile('locked.7z', archive, 'hunter2');
    expect(open.find((r) => r.member === 'secret.txt')?.status).toBe('imported');
  });

  it('refuses a 7z that unpacks past the cap, with nothing unpacked', async () => {
    const archive = await make7z({ 'zeros.txt': '0'.repeat(5_000_000) });
    expect(archive.length).toBeLessThan(100_000);
    const unpacked: string[] = [];
    const read = async () => {
      for await (const m of sevenZipMembers(archive, { maxUncompressedBytes: 1_000_000, maxMemberBytes: 200e6 }))
        unpacked.push(m.path);
    };
    await expect(read()).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: /nothing of it was unpacked/u });
    expect(unpacked).toEqual([]);
  });
});
