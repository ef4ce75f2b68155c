import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../../test-support/open-test-core';
import { addTestArticle } from '../../../test-support/test-article';
import { captureCli, type CapturedRun } from '../../../test-support/capture-cli';

let dir: string;
let library: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-entities-cli-'));
  library = join(dir, 'lib.sqlite');
  const core = openTestCore(library);
  addTestArticle(core, { text: 'NVIDIA vend des H20 à ByteDance; 英伟达 le confirme.', language: 'fr' });
  addTestArticle(core, { text: 'ByteDance, propriétaire de TikTok.', language: 'fr' });
  core.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli([...argv, '--library', library]);
}

describe('dossier entities', () => {
  it('prints {"entities":[{id,name,type,aliases,articles}]} with article counts', async () => {
    const { code, out } = await run('entities', '--json');
    expect(code).toBe(0);
    const { entities } = JSON.parse(out[0]!) as {
      entities: { id: number; name: string; type: string; aliases: string[]; articles: number }[];
    };
    expect(entities.length).toBeGreaterThanOrEqual(150);
    expect(entities[0]).toMatchObject({ name: 'ByteDance', type: 'organisation', articles: 2 });
    expect(Object.keys(entities[0]!).sort()).toEqual(['aliases', 'articles', 'id', 'name', 'type']);
    expect(entities.find((e) => e.name === 'NVIDIA')).toMatchObject({
      articles: 1,
      aliases: expect.arrayContaining(['英伟达']),
    });
  });

  it('filters by type and refuses an unknown type with exit code 2', async () => {
    const products = JSON.parse((await run('entities', '--type', 'product', '--json')).out[0]!) as {
      entities: { type: string }[];
    };
    expect(new Set(products.entities.map((e) => e.type))).toEqual(new Set(['product']));
    expect((await run('entities', '--type', 'company')).code).toBe(2);
  });

  it('prints a table for people', async () => {
    const { out } = await run('entities', '--type', 'product');
    expect(out.join('\n')).toMatch(/ID\s+TYPE\s+NAME\s+ARTICLES\s+ALIASES/);
    expect(out.join('\n')).toContain('TikTok');
  });
});
