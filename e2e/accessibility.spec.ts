import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EntityPage } from './pages/entity-page';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core inside the real app page and returns its serious and critical violations. The
 * source is evaluated over the DevTools protocol, so the app's strict CSP stays as it is.
 */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const result = await engine.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  });
}

/** Checks the page in the light and the dark theme; the test names each theme's failures. */
async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Let transitions and the theme's custom properties settle before measuring contrast.
    await page.waitForTimeout(100);
    expect(await seriousViolations(page), `serious/critical axe violations in the ${colorScheme} theme`).toEqual([]);
  }
}

test.describe('accessibility (axe-core)', () => {
  test('library view with an article open', async ({ app, page }) => {
    await app.articleRows().first().click();
    await expect(app.readerTitle()).toBeVisible();
    await expect(app.entityChips().first()).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('search results with facets', async ({ app, page }) => {
    await app.search('export');
    await expect(app.searchHits().first()).toBeVisible();
    await expect(page.getByTestId('facet').first()).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('search with no results and an active filter', async ({ app, page }) => {
    await app.search('export lang:xx');
    await expect(page.getByTestId('search-empty')).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('entity page', async ({ app }) => {
    const { page } = app;
    const item = page.getByTestId('sidebar-entity').first();
    const name = (await item.getAttribute('data-name'))!;
    await item.click();
    await new EntityPage(page).expectShowing(name);
    await expectAccessibleInBothThemes(page);
  });

  test('tag dialog over the reader, and a saved search in the sidebar', async ({ app, page }) => {
    await app.search('huawei');
    await page.getByTestId('save-search').click();
    await page.getByTestId('save-search-name').fill('Huawei');
    await page.getByTestId('save-search-confirm').click();
    await expect(page.getByTestId('sidebar-saved-search')).toHaveCount(1);
    await app.clearSearch();

    await app.articleRows().first().click();
    await expect(app.readerTitle()).toBeVisible();
    await page.getByTestId('reader-tag-add').click();
    await expect(page.getByTestId('tag-dialog')).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('import report after a drop', async ({ app, page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-a11y-'));
    try {
      writeFileSync(
        join(dir, 'note.md'),
        '# Port officials count more accelerators\n\nOfficials counted the crates twice before release.\n',
      );
      writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really a pdf');
      await app.dropFiles([join(dir, 'note.md'), join(dir, 'broken.pdf')]);
      await expect(page.getByTestId('import-summary')).toHaveText('1 imported, 0 duplicates, 1 failed');
      await expectAccessibleInBothThemes(page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
