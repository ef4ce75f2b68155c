import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../kernel/open-core';

const page = (title: string): string =>
  `<!DOCTYPE html><html lang="fr"><head><title>${title}</title></head><body><article><h1>${title}</h1>${`<p>${title}: le conseil municipal a voté le budget du port après un long débat sur les dragages.</p>`.repeat(5)}</article></body></html>`;

/** A path made of the folder's UTF-8 bytes and a name in raw bytes (Latin-1 "é" is the single byte 0xE9). */
const rawPath = (dir: string, ...parts: Buffer[]): Buffer =>
  Buffer.concat([Buffer.from(dir), ...parts.flatMap((p) => [Buffer.from('/'), p])]);
const latin1 = (name: string): Buffer => Buffer.from(name, 'latin1');

let dir: string;
let core: Core;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-names-'));
  core = openCore(':memory:');
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('files whose names are not valid UTF-8 (issue 13, defect 12)', () => {
  it('gives every file of a folder a report line and imports it, showing the name with replacement characters', async () => {
    writeFileSync(rawPath(dir, latin1('café.html')), page('Le café du port'));
    mkdirSync(rawPath(dir, latin1('archivé')));
    writeFileSync(rawPath(dir, latin1('archivé'), latin1('réunion.html')), page('La réunion du conseil'));
    writeFileSync(join(dir, 'plain.html'), page('Une page ordinaire'));

    const batch = await core.api.importPaths({ paths: [dir] });

    const lines = batch.results.map((r) => [r.file.replace(`${dir}/`, ''), r.status, r.title]);
    expect(lines).toEqual([
      ['archiv\uFFFD/r\uFFFDunion.html', 'imported', 'La réunion du conseil'],
      ['caf\uFFFD.html', 'imported', 'Le café du port'],
      ['plain.html', 'imported', 'Une page ordinaire'],
    ]);
    const stored = await core.api.getArticle({ id: batch.results[1]!.id! });
    expect(stored.source.fileName).toBe('caf\uFFFD.html');
  });

  it('imports such a file when it is named as the report or a UTF-8 command line shows it', async () => {
    writeFileSync(rawPath(dir, latin1('café.html')), page('Le café du port'));
    const batch = await core.api.importPaths({ paths: [join(dir, 'caf\uFFFD.html')] });
    expect(batch.results).toMatchObject([{ status: 'imported', title: 'Le café du port' }]);
    const missing = await core.api.importPaths({ paths: [join(dir, 'th\uFFFD.html')] });
    expect(missing.results).toMatchObject([{ status: 'failed', error: { code: 'NOT_FOUND' } }]);
  });
});

describe('hidden and system entries of a folder (every file on disk gets a line)', () => {
  it('reports each as skipped with why, imports nothing from them and still imports the rest', async () => {
    writeFileSync(join(dir, '..hidden.html'), page('Une page cachée'));
    writeFileSync(join(dir, '.DS_Store'), 'x');
    writeFileSync(join(dir, '~$note.docx'), 'lock');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), '[core]');
    writeFileSync(join(dir, 'plain.html'), page('Une page ordinaire'));

    const batch = await core.api.importPaths({ paths: [dir] });

    const lines = batch.results.map((r) => [r.file.replace(`${dir}/`, ''), r.status, r.skipped ?? r.title]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['..hidden.html', 'skipped', 'hidden'],
        ['.DS_Store', 'skipped', 'system-file'],
        ['~$note.docx', 'skipped', 'system-file'],
        ['.git', 'skipped', 'hidden'],
        ['plain.html', 'imported', 'Une page ordinaire'],
      ]),
    );
    expect(lines).toHaveLength(5);
    expect((await core.api.getStats()).articles).toBe(1);
  });

  it('imports a hidden file the reporter names', async () => {
    writeFileSync(join(dir, '.notes.html'), page('Une page nommée'));
    const batch = await core.api.importPaths({ paths: [join(dir, '.notes.html')] });
    expect(batch.results).toMatchObject([{ status: 'imported', title: 'Une page nommée' }]);
  });
});
