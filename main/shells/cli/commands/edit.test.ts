import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../preload/api';
import { captureCli, type CapturedRun } from '../../../test-support/capture-cli';
import { openTestCore } from '../../../test-support/open-test-core';

let dir: string;
let library: string;

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli([...argv, '--library', library]);
}

async function show(id: number): Promise<Omit<Article, 'html'>> {
  const { code, out } = await run('show', String(id), '--json');
  expect(code).toBe(0);
  return JSON.parse(out[0]!) as Omit<Article, 'html'>;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-edit-'));
  library = join(dir, 'lib.sqlite');
  const paragraph =
    'Pour entraîner un modèle, le ministère a confirmé mardi que les licences d’exportation des puces étaient suspendues pendant l’enquête.';
  writeFileSync(
    join(dir, 'seed.html'),
    `<!DOCTYPE html><html lang="fr"><head></head><body><p>tout pour former votre modèle d'IA</p>${`<p>${paragraph}</p>`.repeat(5)}</body></html>`,
  );
  expect((await run('import', join(dir, 'seed.html'))).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dossier edit', () => {
  it('corrects the metadata, which show --json then reports as edited, and a re-scan and a re-import keep it', async () => {
    const before = await show(1);
    expect(before.editedFields).toEqual([]);

    const edit = await run(
      'edit',
      '1',
      '--title',
      'Nvidia ouvre un centre de formation',
      '--site',
      'Le Monde',
      '--date',
      '2024-03-01',
      '--lang',
      'fr',
      '--json',
    );
    expect(edit.code).toBe(0);
    expect(JSON.parse(edit.out[0]!)).toMatchObject({ title: 'Nvidia ouvre un centre de formation' });

    // A re-scan of the entities (the registry changed) and a re-import of the same file.
    const core = openTestCore(library);
    await core.api.createEntity({ name: 'Ministère', type: 'organisation', aliases: ['ministère'] });
    await core.parts.entityEngine.whenIdle();
    core.close();
    const again = await run('import', join(dir, 'seed.html'), '--json');
    expect(again.out.join('\n')).toContain('duplicate');

    const after = await show(1);
    expect(after).toMatchObject({
      title: 'Nvidia ouvre un centre de formation',
      siteName: 'Le Monde',
      publishedAt: '2024-03-01',
      publishedAtSource: 'user',
      language: 'fr',
    });
    expect(after.editedFields.sort()).toEqual(['language', 'publishedAt', 'siteName', 'title']);
    expect(after.extracted.title).toBe(before.title);
    expect(after.entities.map((e) => e.name)).toContain('Ministère');

    const found = await run('search', 'title:centre', '--json');
    expect((JSON.parse(found.out[0]!) as { hits: { id: number }[] }).hits.map((h) => h.id)).toEqual([1]);
  });

  it('says what is wrong with a bad date, and reverts a field to what the file said', async () => {
    const bad = await run('edit', '1', '--date', '03/01/2024');
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toMatch(/YYYY-MM-DD/);
    expect((await run('edit', '1')).code).toBe(2);

    expect((await run('edit', '1', '--title', 'Corrected')).code).toBe(0);
    const reverted = await run('edit', '1', '--revert', 'title');
    expect(reverted.code).toBe(0);
    expect(reverted.out.join('\n')).toContain('No field is edited now');
    expect((await show(1)).editedFields).toEqual([]);
  });
});
