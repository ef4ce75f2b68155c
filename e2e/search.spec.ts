import { expect, test } from './fixtures';

/** The texts of the <mark>s in every visible snippet. */
async function snippetMarks(app: import('./pages/app-page').AppPage): Promise<string[]> {
  return app.searchHits().getByTestId('search-snippet').locator('mark').allInnerTexts();
}

test.describe('full-text search on the demo library', () => {
  test('a stemmed query highlights every form in snippets, a facet narrows it, and the reader marks the matches', async ({
    app,
    page,
  }) => {
    await page.keyboard.press('/');
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

  test("the reporter's notes are found by search: a note on an article finds the article, a story note is listed, and each opens", async ({
    app,
    page,
  }) => {
    // A distinctive word that no demo article contains.
    const word = 'quokkaprobe';
    await app.articleRows().first().click();
    const title = (await app.readerTitle().innerText()).trim();
    await page.getByTestId('note-add').click();
    await page
      .getByTestId('article-notes')
      .getByTestId('note-editor')
      .pressSequentially(`Ask the port authority about the ${word} shipments.`, { delay: 5 });
    await expect(page.getByTestId('article-notes').getByTestId('note-status')).toHaveAttribute('data-state', 'saved');

    await page.getByTestId('sidebar-notes').click();
    await page.getByTestId('note-new').click();
    await page
      .getByTestId('view-notes')
      .getByTestId('note-editor')
      .pressSequentially(`Story plan: the ${word} timeline.`, { delay: 5 });
    await expect(page.getByTestId('view-notes').getByTestId('note-status').first()).toHaveAttribute(
      'data-state',
      'saved',
    );

    await page.getByTestId('sidebar-all-articles').click();
    await app.search(word);
    // The article is a hit through its note, with the note's passage as its snippet.
    await expect(app.searchHits()).toHaveCount(1);
    await expect(app.searchHits().locator('.search-hit__title')).toHaveText(title);
    await expect(app.searchHits().getByTestId('search-snippet').locator('mark')).toHaveText(word);
    await expect(app.searchHits().getByTestId('search-hit-from-note')).toBeVisible();
    // Both notes are listed "In your notes".
    const noteHits = page.getByTestId('note-hit');
    await expect(noteHits).toHaveCount(2);
    await expect(noteHits.getByTestId('note-hit-snippet').locator('mark')).toHaveText([word, word]);

    // The story note opens in the Notes view, scrolled to.
    const story = noteHits.filter({ hasText: 'Story note' });
    const storyId = await story.getAttribute('data-id');
    await story.click();
    await expect(page.getByTestId('view-notes')).toBeVisible();
    await expect(page.locator(`[data-testid="note-card"][data-id="${storyId}"]`)).toBeInViewport();

    // The note on the article opens the article in the reader, beside its notes.
    await page.getByTestId('sidebar-all-articles').click();
    await app.search(word);
    await expect(noteHits).toHaveCount(2);
    const onArticle = noteHits.filter({ hasText: title.slice(0, 30) });
    const noteId = await onArticle.getAttribute('data-id');
    await onArticle.click();
    await expect(app.readerTitle()).toHaveText(title);
    await expect(page.locator(`[data-testid="note-card"][data-id="${noteId}"]`)).toContainText(word);
  });
});
