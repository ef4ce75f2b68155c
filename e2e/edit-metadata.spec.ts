import { expect, test } from './fixtures';

test.describe('correcting an article’s metadata', () => {
  test('edits a title in the reader from the keyboard; the list and search follow at once', async ({ app, page }) => {
    const first = app.articleRows().first();
    const oldTitle = (await first.innerText()).split('\n')[0]!;
    await first.click();
    await expect(page.getByTestId('reader-title')).toHaveText(oldTitle);

    await page.getByTestId('info-edit').click();
    const title = page.getByLabel('Title', { exact: true });
    await expect(title).toBeFocused();
    await title.fill('Zyxwvut correction for the desk');
    await title.press('Enter');

    await expect(page.getByTestId('reader-title')).toHaveText('Zyxwvut correction for the desk');
    await expect(page.getByTestId('info-title-source')).toContainText(`edited (the file said “${oldTitle}”)`);
    await expect(app.articleRows().filter({ hasText: 'Zyxwvut correction for the desk' })).toHaveCount(1);

    await app.search('title:zyxwvut');
    await expect(app.searchHits()).toHaveCount(1);
    await expect(app.searchHits().first()).toContainText('Zyxwvut correction for the desk');

    // A refused value is said, and the form stays open with what was typed.
    await app.clearSearch();
    await app.articleRows().filter({ hasText: 'Zyxwvut' }).click();
    await page.getByTestId('info-edit').click();
    await page.getByLabel('Language', { exact: true }).fill('english');
    await page.getByTestId('metadata-save').click();
    await expect(page.getByTestId('metadata-error')).toContainText('is not a language tag');
    await page.getByLabel('Language', { exact: true }).press('Escape');
    await expect(page.getByTestId('metadata-form')).toHaveCount(0);
  });
});
