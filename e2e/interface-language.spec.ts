import { expect, test } from './fixtures';

const FRENCH_MONTH = /\b(janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}\b/;
const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/;

test.describe('with a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('the interface, its dates and the brief view are in French', async ({ app, page }) => {
    await expect(app.page.getByTestId('search-input')).toHaveAttribute(
      'placeholder',
      'Rechercher dans la bibliothèque',
    );
    await expect(page.getByTestId('sidebar-all-articles')).toContainText('Tous les articles');
    await expect(page.getByTestId('import-button')).toContainText('Importer des fichiers…');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByTestId('article-list')).toContainText(FRENCH_MONTH);
    await page.getByTestId('sidebar-brief').click();
    await expect(page.getByTestId('view-brief').getByRole('heading', { name: 'Dossier de synthèse' })).toBeVisible();
    await expect(page.getByTestId('brief-preview-info')).toContainText(/\d+ articles? · \d+ citations?/);
  });

  test('search, the reader, the research tools and the sidebar are in French too', async ({ app, page }) => {
    await expect(page.getByTestId('sidebar-library-file')).toContainText('Fichier de la bibliothèque…');
    await app.search('nvidia');
    await expect(page.getByTestId('search-count')).toContainText(/\d+ (résultats?|articles?) · .*\d+ ms/);
    await expect(page.getByRole('group', { name: 'Trier les résultats' })).toContainText('Pertinence');
    await app.searchHits().first().click();
    await expect(page.getByTestId('reader-info')).toContainText('Source et provenance');
    await expect(page.getByTestId('info-edit')).toHaveText('Modifier les détails…');
    await expect(page.getByTestId('quote-button')).toContainText('Citer la sélection');
    await expect(page.getByTestId('note-add')).toHaveText('Ajouter une note');
    await expect(page.getByTestId('mention-toggle')).toHaveText('Surligner les entités');
  });

  test('choosing English in the settings persists across a reload', async ({ app, page }) => {
    await page.getByTestId('language-select').selectOption('en');
    await expect(page.getByTestId('search-input')).toHaveAttribute('placeholder', 'Search the library');
    await page.reload();
    await app.waitUntilReady();
    await expect(page.getByTestId('search-input')).toHaveAttribute('placeholder', 'Search the library');
    await expect(page.getByTestId('language-select')).toHaveValue('en');
    await expect(page.getByTestId('article-list')).toContainText(ENGLISH_MONTH);
    // Back to following the browser: French again.
    await page.getByTestId('language-select').selectOption('');
    await expect(page.getByTestId('search-input')).toHaveAttribute('placeholder', 'Rechercher dans la bibliothèque');
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the interface and its dates are in English', async ({ app, page }) => {
    await expect(app.page.getByTestId('search-input')).toHaveAttribute('placeholder', 'Search the library');
    await expect(page.getByTestId('sidebar-all-articles')).toContainText('All articles');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('article-list')).toContainText(ENGLISH_MONTH);
  });
});
