import { expect, test } from './fixtures';
import { EntityPage } from './pages/entity-page';

test.describe('entities', () => {
  test('an entity chip in the reader opens the entity page, with co-occurring entities to follow', async ({
    app,
    page,
  }) => {
    await app.articleRows().first().click();
    const chip = app.entityChips().first();
    await expect(chip).toBeVisible();
    const name = (await chip.getAttribute('data-name'))!;
    await chip.click();

    const entity = new EntityPage(page);
    await entity.expectShowing(name);
    await expect(entity.articles().first()).toBeVisible();
    await expect(entity.articles().first().getByTestId('entity-context').first().locator('mark')).toBeVisible();
    await expect(page.getByTestId('entity-timeline')).toBeVisible();
    await expect(entity.cooccurring().first()).toBeVisible();

    const other = (await entity.cooccurring().first().getAttribute('data-name'))!;
    await entity.cooccurring().first().click();
    await entity.expectShowing(other);
    // Its own page is complete too: articles, and entities of its own to follow.
    await expect(entity.articles().first()).toBeVisible();
    await expect(entity.cooccurring().first()).toBeVisible();
  });

  test('the reader highlights mentions on demand', async ({ app, page }) => {
    await app.articleRows().first().click();
    await expect(app.entityChips().first()).toBeVisible();
    await expect(app.readerBody().getByTestId('entity-mention')).toHaveCount(0);
    await page.getByTestId('mention-toggle').click();
    await expect(app.readerBody().getByTestId('entity-mention').first()).toBeVisible();
    await page.getByTestId('mention-toggle').click();
    await expect(app.readerBody().getByTestId('entity-mention')).toHaveCount(0);
  });

  test('the sidebar lists entities by type and opens their page', async ({ app, page }) => {
    const item = page.getByTestId('sidebar-entity').first();
    const name = (await item.getAttribute('data-name'))!;
    await item.click();
    await new EntityPage(page).expectShowing(name);
    await expect(app.page.getByTestId('sidebar-suggestions')).toBeVisible();
  });
});
