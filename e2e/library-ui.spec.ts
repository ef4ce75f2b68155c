import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.describe('search in the app', () => {
  test('hits update as you type, facets narrow the query, and the reader steps through matches', async ({
    app,
    page,
  }) => {
    await page.keyboard.press('/');
    await expect(app.searchInput()).toBeFocused();
    await app.search('export');
    await expect(app.searchHits().first()).toBeVisible();
    await expect(app.searchHits().first().getByTestId('search-snippet').locator('mark').first()).toBeVisible();
    const before = await app.searchHits().count();

    const tagFacet = page.locator('[data-testid="facet"][data-facet="tags"]').first();
    const tag = await tagFacet.getAttribute('data-value');
    await tagFacet.click();
    await expect(app.searchInput()).toHaveValue(`export tag:"${tag}"`);
    await expect(page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false');
    expect(await app.searchHits().count()).toBeLessThanOrEqual(before);

    await app.searchHits().first().click();
    await expect(app.readerMatches().first()).toBeVisible();
    const matches = await app.readerMatches().count();
    await expect(page.getByTestId('match-count')).toHaveText(`Match 1 of ${matches}`);
    if (matches > 1) {
      await page.getByTestId('match-next').click();
      await expect(page.getByTestId('match-count')).toHaveText(`Match 2 of ${matches}`);
    }

    await app.clearSearch();
    await expect(app.searchInput()).toHaveValue('');
    await expect(app.articleRows().first()).toBeVisible();
  });
});

test.describe('drag and drop import', () => {
  test.use({ serverOptions: { empty: true } });

  test('lists imported, duplicate and failed files and opens the imported article', async ({ app }) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-drop-'));
    try {
      const story =
        '# Customs seize a pallet of accelerators\n\nCustoms officers in Rotterdam seized a pallet of data-centre accelerators on Friday, the agency said, after paperwork listed them as gaming cards.\n';
      writeFileSync(join(dir, 'seizure.md'), story);
      writeFileSync(join(dir, 'seizure-copy.md'), story);
      writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nthis is not really a pdf');

      await app.dropFiles([join(dir, 'seizure.md'), join(dir, 'seizure-copy.md'), join(dir, 'broken.pdf')]);
      const rows = await app.importReportRows();
      expect(rows.map((r) => [r.file.split('/').pop(), r.status])).toEqual([
        ['seizure.md', 'imported'],
        ['seizure-copy.md', 'duplicate'],
        ['broken.pdf', 'failed'],
      ]);
      await expect(app.importRow('broken.pdf').getByTestId('import-retry')).toBeVisible();

      await expect(app.articleRows()).toHaveCount(1);
      await app.importRow('seizure.md').getByRole('button').first().click();
      await expect(app.readerTitle()).toContainText('Customs seize a pallet of accelerators');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
