import { expect, test } from './fixtures';
import { expectAccessibleInBothThemes } from './axe-check';

test.describe('command palette and shortcuts', () => {
  test.use({ locale: 'en-US' });

  test('Ctrl+K, type, Enter: switch the interface to French, then open the timeline in French', async ({
    app,
    page,
  }) => {
    await page.keyboard.press('ControlOrMeta+k');
    const palette = page.getByTestId('command-palette');
    await expect(palette).toBeVisible();
    await expect(page.getByTestId('palette-input')).toBeFocused();
    await expect(palette).toHaveAttribute('aria-modal', 'true');

    await page.getByTestId('palette-input').fill('fran');
    await expect(page.getByTestId('palette-command').first()).toHaveAttribute('data-command', 'language.fr');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(app.searchInput()).toHaveAttribute('placeholder', 'Rechercher dans la bibliothèque');

    // Typed without accents, in French now.
    await page.keyboard.press('ControlOrMeta+k');
    await page.getByTestId('palette-input').fill('chrono');
    await expect(page.getByTestId('palette-command').first()).toHaveText(/Ouvrir la chronologie/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('timeline-heading')).toHaveText('Chronologie de la bibliothèque');
    await expect(page.getByTestId('timeline-mark').first()).toBeVisible();

    // The choice was saved like the settings panel's: it survives a reload.
    await page.reload();
    await app.waitUntilReady();
    await expect(page.getByTestId('language-select')).toHaveValue('fr');
  });

  test('arrows choose, Escape closes and gives focus back, Tab stays inside', async ({ app, page }) => {
    await app.searchInput().focus();
    await page.keyboard.press('ControlOrMeta+k');
    const input = page.getByTestId('palette-input');
    await expect(input).toBeFocused();
    const options = page.getByTestId('palette-command');
    expect(await options.count()).toBeGreaterThan(8);
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', 'palette-option-2');
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    await page.getByTestId('palette-input').fill('zzzz nothing');
    await expect(page.getByTestId('palette-empty')).toHaveText('No command matches.');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('command-palette')).toBeHidden();
    await expect(app.searchInput()).toBeFocused();
  });

  test('the palette runs the other actions: search, open a tag, tag the open article', async ({ app, page }) => {
    await page.keyboard.press('ControlOrMeta+k');
    await page.getByTestId('palette-input').fill('search the library');
    await page.keyboard.press('Enter');
    await expect(app.searchInput()).toBeFocused();

    await page.keyboard.press('ControlOrMeta+k');
    await page.getByTestId('palette-input').fill('show articles tagged nvidia');
    await page.keyboard.press('Enter');
    await expect(page.locator('.list-pane__title')).toHaveText('#nvidia');

    await app.articleRows().first().click();
    await expect(app.readerTitle()).toBeVisible();
    await page.keyboard.press('ControlOrMeta+k');
    await page.getByTestId('palette-input').fill('#palette-made');
    await expect(page.getByTestId('palette-command').first()).toHaveText(/Tag the open article #palette-made/);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid="sidebar-tag"][data-name="palette-made"]')).toBeVisible();
  });

  test('? shows the shortcuts sheet; Escape closes it', async ({ app, page }) => {
    await app.waitUntilReady();
    await page.locator('body').click();
    await page.keyboard.press('?');
    const sheet = page.getByTestId('shortcuts-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Open the command palette');
    await expect(sheet).toContainText('Ctrl');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  for (const locale of ['en-US', 'fr-FR'] as const) {
    test.describe(`in ${locale}`, () => {
      test.use({ locale });
      test('the palette and the shortcuts sheet pass axe in both themes', async ({ app, page }) => {
        // Four axe runs (two themes, two dialogs or views) on a shared two-core machine.
        test.setTimeout(180_000);
        await app.waitUntilReady();
        await page.keyboard.press('ControlOrMeta+k');
        await expect(page.getByTestId('palette-command').first()).toBeVisible();
        await expectAccessibleInBothThemes(page, `command palette (${locale})`);
        await page.keyboard.press('Escape');
        await page.locator('body').click();
        await page.keyboard.press('?');
        await expect(page.getByTestId('shortcuts-sheet')).toContainText(
          locale === 'fr-FR' ? 'Raccourcis clavier' : 'Keyboard shortcuts',
        );
        await expectAccessibleInBothThemes(page, `shortcuts sheet (${locale})`);
      });
    });
  }
});
