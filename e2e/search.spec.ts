import { expect, test } from './fixtures';

/** The texts of the <mark>s in every visible snippet. */
async function snippetMarks(app: import('./pages/app-page').AppPage): Promise<string[]> {
  return app.searchHits().getByTestId('search-snippet').locator('mark').allInnerTexts();
}

test.describe('full-text search on the demo library', () => {
  test('a stemmed query highlights every form in snippets, a facet narrows it, and the reader marks the matches', async ({ app, page }) => {
    await page.keyboard.press('Control+k');
    await expect(app.searchInput()).toBeFocused();
    await app.search('restricted');

    // Stemming: "restricted" also finds and highlights "restrictions", "restriction", ...
    const marks = await snippetMarks(app);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toMatch(/^restrict/);
    expect(marks.some((m) => m.toLowerCase() !== 'restricted')).toBe(true);
    const before = await app.searchHits().count();

    // Facet: narrow to the French articles.
    const french = app.facet('languages', 'fr');
    await expect(french).toBeVisible();
    const frenchCount = Number(await french.locator('.facet__count').innerText());
    await french.click();
    await expect(app.searchInput()).toHaveValue('restricted lang:fr');
    await expect(page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false');
    await expect(app.searchHits()).toHaveCount(Math.min(frenchCount, before));
    for (const m of await snippetMarks(app)) expect(m.toLowerCase()).toMatch(/^restrict/);

    // Open a hit: the reader shows it with the query's matches marked.
    const first = app.searchHits().first();
    const title = await first.locator('.search-hit__title').innerText();
    await first.click();
    await expect(app.reader()).toBeVisible();
    await expect(app.readerMatches().first()).toBeVisible();
    await expect(app.readerTitle()).toContainText(title.trim().slice(0, 40));
    for (const m of await app.readerMatches().allInnerTexts()) expect(m.toLowerCase()).toMatch(/^restrict/);
  });

  test('malformed queries are repaired with a visible note, never an error', async ({ app, page }) => {
    await app.search('"export controls');
    await expect(page.getByTestId('search-warning')).toContainText(/quotation mark/i);
    await expect(page.getByTestId('error-banner')).toHaveCount(0);
  });

  test('CJK text is found by substring', async ({ app }) => {
    await app.search('英伟达');
    await expect(app.searchHits().first()).toBeVisible();
    expect(await snippetMarks(app)).toContain('英伟达');
  });
});
