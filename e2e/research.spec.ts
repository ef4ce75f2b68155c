import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Selects the first sentence (or first words) of the last long paragraph of the open article:
 * far down, so landing on it later needs a scroll.
 */
async function selectASentence(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.querySelector('[data-testid="reader-body"]')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: Node[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    for (const node of nodes.reverse()) {
      const text = node.textContent ?? '';
      if (text.trim().length < 80) continue;
      const start = text.search(/\S/);
      const stop = text.indexOf('. ', start + 30);
      const end = stop > 0 && stop - start < 200 ? stop + 1 : text.lastIndexOf(' ', start + 80);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }
    throw new Error('no paragraph long enough to quote');
  });
}

test.describe('research layer', () => {
  test('tags two articles in bulk and filters the list by the tag', async ({ app, page }) => {
    const rows = app.articleRows();
    const titles = [(await rows.nth(0).innerText()).split('\n')[0]!, (await rows.nth(1).innerText()).split('\n')[0]!];
    // Shift+arrows extend a selection from the keyboard, and shrink it back.
    await rows.nth(0).click();
    const list = page.getByTestId('article-list');
    await list.focus();
    await list.press('Shift+ArrowDown');
    await list.press('Shift+ArrowDown');
    await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');
    await list.press('Shift+ArrowUp');
    await expect(page.getByTestId('bulk-count')).toHaveText('2 selected');

    await rows.nth(0).click();
    await rows.nth(1).click({ modifiers: ['ControlOrMeta'] });
    await expect(page.getByTestId('bulk-count')).toHaveText('2 selected');
    await expect(page.locator('[data-testid="article-row"][aria-selected="true"]')).toHaveCount(2);

    await page.getByTestId('bulk-tag').click();
    await page.getByTestId('tag-input').fill('story/e2e bulk');
    await page.getByTestId('tag-input').press('Enter');
    await expect(page.getByTestId('tag-dialog')).toHaveCount(0);

    const tag = app.sidebarTag('story/e2e bulk');
    await expect(tag).toContainText('2');
    await tag.click();
    await expect(rows).toHaveCount(2);
    const filtered = await rows.evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.split('\n')[0]));
    expect(filtered.sort()).toEqual([...titles].sort());

    // Deleting the tag in use asks first, and Undo brings it back with its articles.
    await page.getByTestId('tag-actions').and(page.locator('[data-name="story/e2e bulk"]')).click();
    await page.getByTestId('tag-delete').click();
    await page.getByTestId('confirm-ok').click();
    await expect(tag).toHaveCount(0);
    await page.getByTestId('toast-undo').click();
    await expect(tag).toContainText('2');
  });

  test('keeps a note written on an article after a reload', async ({ app, page }) => {
    await app.articleRows().first().click();
    const title = await app.readerTitle().innerText();
    await page.getByTestId('note-add').click();
    const editor = page.getByTestId('note-editor');
    await editor.pressSequentially('Call the **ministry** about the licence list.', { delay: 5 });
    await expect(page.getByTestId('note-status')).toHaveAttribute('data-state', 'saved');

    await page.reload();
    await app.waitUntilReady();
    await app.openArticleByTitle(title);
    const notes = page.getByTestId('article-notes');
    await expect(notes.getByTestId('note-preview')).toContainText('Call the ministry about the licence list.');
    await expect(notes.locator('strong')).toHaveText('ministry');

    await page.getByTestId('sidebar-notes').click();
    await expect(page.getByTestId('view-notes')).toContainText('Call the ministry');
  });

  test('saves the last keystrokes of a note when the page goes away mid-typing', async ({ app, page }) => {
    await page.getByTestId('sidebar-notes').click();
    await page.getByTestId('note-new').click();
    await page.getByTestId('note-editor').pressSequentially('Story plan: chips', { delay: 5 });
    // No wait for the debounced save: the page is left at once.
    await page.reload();
    await app.waitUntilReady();
    // The flushed save may land a moment after the new page first lists the notes: reopen the view.
    await expect(async () => {
      await page.getByTestId('sidebar-all-articles').click();
      await page.getByTestId('sidebar-notes').click();
      await expect(
        page.getByTestId('view-notes').getByTestId('note-preview').filter({ hasText: 'Story plan: chips' }),
      ).toHaveCount(1, {
        timeout: 1000,
      });
    }).toPass({ timeout: 10_000 });
  });

  test('quotes a selected sentence, finds it in the Quote bank with its citation, and jumps back to it', async ({
    app,
    page,
  }) => {
    await app.articleRows().nth(2).click();
    const title = await app.readerTitle().innerText();
    const sentence = (await selectASentence(page)).trim();
    await page.getByTestId('quote-button').click();
    const highlight = app.readerBody().getByTestId('quote-highlight');
    await expect(highlight.first()).toBeVisible();
    expect((await highlight.allInnerTexts()).join('').replace(/\s+/g, ' ').trim()).toBe(sentence.replace(/\s+/g, ' '));

    // Quoting the same sentence again adds nothing, and says so.
    await page.evaluate(() => {
      const marks = document.querySelectorAll('[data-testid="reader-body"] [data-testid="quote-highlight"]');
      const range = document.createRange();
      range.setStartBefore(marks[0]!);
      range.setEndAfter(marks[marks.length - 1]!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.getByTestId('quote-button').click();
    await expect(page.getByTestId('toast')).toHaveText('This passage is already in the Quote bank.');
    await expect(page.getByTestId('reader-quote-count')).toHaveText('1 quote');

    await page.getByTestId('sidebar-quotes').click();
    const item = page.getByTestId('quote-item').filter({ hasText: sentence.slice(0, 30) });
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('quote-citation')).toContainText(title);
    await expect(item.getByTestId('quote-citation')).toContainText(/sha256 [0-9a-f]{12}/);

    await item.getByTestId('quote-text').click();
    await expect(page.getByTestId('view-library')).toBeVisible();
    await expect(app.readerTitle()).toHaveText(title);
    const focused = app.readerBody().locator('[data-testid="quote-highlight"].is-focused');
    await expect(focused.first()).toBeVisible();
    await expect(focused.first()).toBeInViewport();
  });
});
