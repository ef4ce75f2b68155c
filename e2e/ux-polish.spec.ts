import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const SCREENSHOTS = process.env.DOSSIER_SCREENSHOTS;

test.describe('search layout', () => {
  test('facets sit in a column beside the hits on a wide window and above them on a narrow one', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.search('export');
    const facets = page.locator('.facets');
    const hits = page.getByTestId('search-hits');
    await expect(facets).toBeVisible();
    let f = (await facets.boundingBox())!;
    let h = (await hits.boundingBox())!;
    expect(f.x + f.width).toBeLessThanOrEqual(h.x + 1);
    expect(f.y).toBeLessThan(h.y + h.height);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'search-wide.png') });

    await page.setViewportSize({ width: 1000, height: 800 });
    await expect(async () => {
      f = (await facets.boundingBox())!;
      h = (await hits.boundingBox())!;
      expect(f.y + f.height).toBeLessThanOrEqual(h.y + 1);
    }).toPass();
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'search-narrow.png') });
  });

  test('an empty result names its filters and one click searches without them', async ({ app, page }) => {
    await app.search('export lang:xx');
    const empty = page.getByTestId('search-empty');
    await expect(empty).toContainText('Nothing matches');
    await expect(empty.getByTestId('active-filter')).toHaveAttribute('data-clause', 'lang:xx');
    await page.emulateMedia({ colorScheme: 'dark' });
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'search-empty-dark.png') });
    await page.getByTestId('search-drop-filters').click();
    await expect(app.searchInput()).toHaveValue('export');
    await expect(app.searchHits().first()).toBeVisible();
  });
});

test.describe('saved searches', () => {
  test('save, see new matches counted after an import, open to reset, delete', async ({ app, page }) => {
    await app.search('pallet accelerators');
    await page.getByTestId('save-search').click();
    await page.getByTestId('save-search-name').fill('Seized accelerators');
    await page.getByTestId('save-search-name').press('Enter');
    const saved = page.locator('[data-testid="sidebar-saved-search"][data-name="Seized accelerators"]');
    await expect(saved).toBeVisible();
    await expect(saved.getByTestId('sidebar-badge')).toHaveCount(0);
    await app.clearSearch();

    const dir = mkdtempSync(join(tmpdir(), 'dossier-saved-'));
    try {
      const story =
        '# Customs seize a pallet of accelerators\n\nCustoms officers seized a pallet of data-centre accelerators listed as gaming cards.\n';
      writeFileSync(join(dir, 'seizure.md'), story);
      await app.dropFiles([join(dir, 'seizure.md')]);
      await expect(page.getByTestId('import-summary')).toHaveText('1 imported, 0 duplicates, 0 failed');
      if (SCREENSHOTS) await app.importReport().screenshot({ path: join(SCREENSHOTS, 'import-report.png') });
      await page.getByTestId('import-close').click();
      await expect(app.importReport()).toHaveCount(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    await expect(saved.getByTestId('sidebar-badge')).toHaveText('1 new');
    if (SCREENSHOTS)
      await page
        .getByRole('region', { name: 'Saved searches' })
        .screenshot({ path: join(SCREENSHOTS, 'sidebar-saved.png') });
    // From another view (an entity page) the saved search brings the results back into view.
    await page.getByTestId('sidebar-entity').first().click();
    await expect(page.getByTestId('view-entity')).toBeVisible();
    await saved.click();
    await expect(page.getByTestId('view-library')).toBeVisible();
    await expect(app.searchInput()).toHaveValue('pallet accelerators');
    await expect(app.searchHits().filter({ hasText: 'Customs seize a pallet' })).toBeVisible();
    await expect(saved.getByTestId('sidebar-badge')).toHaveCount(0);

    await page.getByRole('button', { name: 'Delete saved search Seized accelerators' }).click();
    await page.getByTestId('confirm-ok').click();
    await expect(saved).toHaveCount(0);
  });
});

test.describe('reader and bulk tagging', () => {
  test('one tag row in the reader; bulk-tag search hits with T', async ({ app, page }) => {
    await app.search('export');
    const hits = app.searchHits();
    await hits.nth(0).click();
    await hits.nth(1).click({ modifiers: ['ControlOrMeta'] });
    await expect(page.getByTestId('bulk-count')).toHaveText('2 selected');
    await page.keyboard.press('t');
    await page.getByTestId('tag-input').fill('story/polish');
    await page.getByTestId('tag-input').press('Enter');
    await expect(page.getByTestId('tag-dialog')).toHaveCount(0);
    await expect(app.sidebarTag('story/polish')).toContainText('2');

    await hits.nth(0).click();
    const tags = page.getByTestId('reader-tags');
    await expect(tags).toHaveCount(1);
    await expect(tags.locator('[data-testid="reader-tag"][data-name="story/polish"]')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByTestId('reader-tag-add').focus();
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `reader-${scheme}.png`) });
    }
    await tags.getByRole('button', { name: 'Remove tag story/polish' }).click();
    await expect(tags.locator('[data-name="story/polish"]')).toHaveCount(0);
  });
});
