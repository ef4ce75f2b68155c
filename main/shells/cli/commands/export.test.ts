import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../../test-support/open-test-core';
import { findChromium } from '../../../core/export/chromium-printer';
import { addTestArticle, chipsStory } from '../../../test-support/test-article';
import { captureCli, type CapturedRun } from '../../../test-support/capture-cli';

let dir: string;
let library: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-export-'));
  library = join(dir, 'library.sqlite');
  const core = openTestCore(library);
  const ids = [1, 2, 3, 4].map((n) => addTestArticle(core, chipsStory(n)));
  await core.api.createQuote({ articleId: ids[0]!, exact: 'exports of accelerator chips number 1' });
  await core.api.createQuote({ articleId: ids[3]!, exact: 'would need a licence' });
  core.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli([...argv, '--library', library]);
}

const hasChromium = (() => {
  try {
    return Boolean(findChromium());
  } catch {
    return false;
  }
})();

describe('dossier export', () => {
  it.skipIf(!hasChromium)('prints the page count of a PDF brief (needs Chromium)', async () => {
    const { code, out } = await run('export', '--tag', 'chips', '--out', join(dir, 'brief.pdf'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out[0]!) as { out: string; format: string; articles: number; pages: number };
    expect(report).toMatchObject({ out: join(dir, 'brief.pdf'), format: 'pdf', articles: 4 });
    expect(report.pages).toBeGreaterThan(1);
    expect(readFileSync(report.out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes Markdown and HTML carrying the same footnotes', async () => {
    expect((await run('export', '--tag', 'chips', '--out', join(dir, 'brief.md'), '--json')).code).toBe(0);
    expect((await run('export', '--tag', 'chips', '--out', join(dir, 'brief.html'), '--json')).code).toBe(0);
    const md = readFileSync(join(dir, 'brief.md'), 'utf8');
    const html = readFileSync(join(dir, 'brief.html'), 'utf8');
    for (const [n, quote, headline] of [
      [1, 'exports of accelerator chips number 1', 'Headline number 1'],
      [2, 'would need a licence', 'Headline number 4'],
    ] as const) {
      expect(md).toContain(`> ${quote}[^${n}]`);
      expect(md).toMatch(new RegExp(`^\\[\\^${n}\\]: Reporter \\d, “${headline}”`, 'm'));
      expect(html).toContain(`${quote}<sup><a class="fnref" href="#fn-${n}"`);
      expect(html).toMatch(new RegExp(`id="fn-${n}"[^>]*>\\[${n}\\] Reporter \\d, “${headline}”`));
    }
  });

  it('exports JSON that import-library loads into another library', async () => {
    expect((await run('export', '--format', 'json', '--out', join(dir, 'all.json'), '--json')).code).toBe(0);
    const other = join(dir, 'other.sqlite');
    const { code, out } = await captureCli(['import-library', join(dir, 'all.json'), '--json', '--library', other]);
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ imported: 4, duplicates: 0 });
  });

  it('fails with exit 2 and a hint when the scope is missing', async () => {
    const { code, out } = await run('export', '--out', join(dir, 'x.pdf'), '--json');
    expect(code).toBe(2);
    expect(JSON.parse(out[0]!).error.code).toBe('INVALID_INPUT');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});

describe('dossier backup / restore', () => {
  it('backs up, then refuses a foreign file with exit 3 and leaves the library alone', async () => {
    const backup = await run('backup', '--out', join(dir, 'b.sqlite'), '--json');
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.out[0]!)).toEqual({ out: join(dir, 'b.sqlite'), articles: 4 });
    const before = readFileSync(library);
    writeFileSync(join(dir, 'junk.sqlite'), 'not a database at all, just some text that is long enough'.repeat(5));
    const bad = await run('restore', join(dir, 'junk.sqlite'), '--json');
    expect(bad.code).toBe(3);
    expect(JSON.parse(bad.out[0]!).error.code).toBe('DB_NOT_A_LIBRARY');
    expect(readFileSync(library).equals(before)).toBe(true);
    const good = await run('restore', join(dir, 'b.sqlite'), '--json');
    expect(good.code).toBe(0);
    expect(JSON.parse(good.out[0]!)).toMatchObject({ restored: join(dir, 'b.sqlite'), articles: 4 });
  });
});
