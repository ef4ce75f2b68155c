import { expect, test } from './fixtures';
import { expectAccessibleInBothThemes } from './axe-check';

const TAG = 'nvidia';

test.describe('story timeline', () => {
  test.use({ locale: 'en-US' });

  test("a tag's timeline: one mark per article, a brushed range filters the list, a mark opens its article", async ({
    app,
    page,
  }) => {
    // How many articles the tag holds, as the library shows it.
    await page.locator(`[data-testid="sidebar-tag"][data-name="${TAG}"]`).click();
    await expect(page.locator('.list-pane__title')).toContainText(TAG);
    // The count is blank until the tag's first page answers: wait for the number, never read the blank.
    await expect(page.getByTestId('list-count')).toHaveText(/\d/);
    const total = Number((await page.getByTestId('list-count').innerText()).replace(/\D/g, ''));
    expect(total).toBeGreaterThan(2);

    await page.keyboard.press('ControlOrMeta+k');
    await page.getByTestId('palette-input').fill(`timeline ${TAG}`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('timeline-heading')).toHaveText(`Timeline of #${TAG}`);

    const marks = page.getByTestId('timeline-mark');
    // The undated note is only there once the timeline has answered: wait for its list first.
    await expect(page.getByTestId('timeline-count')).toBeVisible();
    const undatedText = (await page.getByTestId('timeline-undated').count())
      ? await page.getByTestId('timeline-undated').innerText()
      : '0';
    const undated = Number(/\d+/.exec(undatedText)?.[0] ?? '0');
    await expect(marks).toHaveCount(total - undated);
    const ids = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(ids.length);
    await expect(page.getByTestId('timeline-row')).toHaveCount(total - undated);
    await expect(page.getByTestId('timeline-count')).toHaveText(`${total - undated} articles`);

    // Brush the first half of the axis: the list keeps exactly the marks left in full colour.
    const box = (await page.getByTestId('timeline-chart').boundingBox())!;
    const left = box.x + 150;
    const plot = box.width - 150 - 16;
    const y = box.y + 30 + 3;
    await page.mouse.move(left + plot * 0.02, y);
    await page.mouse.down();
    await page.mouse.move(left + plot * 0.3, y, { steps: 5 });
    await page.mouse.move(left + plot * 0.55, y, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByTestId('timeline-count')).toContainText(' between ');
    const kept = await page.locator('[data-testid="timeline-mark"]:not(.is-dimmed)').count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(total - undated);
    await expect(page.getByTestId('timeline-row')).toHaveCount(kept);
    const keptIds = await page
      .locator('[data-testid="timeline-mark"]:not(.is-dimmed)')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')).sort());
    const rowIds = await page
      .getByTestId('timeline-row')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')).sort());
    expect(rowIds).toEqual(keptIds);
    // The date fields show the brushed range, and clearing it brings every article back.
    await expect(page.getByTestId('timeline-from')).not.toHaveValue('');
    await page.getByTestId('timeline-clear-range').click();
    await expect(page.getByTestId('timeline-row')).toHaveCount(total - undated);

    // A click on a mark opens its article beside the list.
    const first = marks.first();
    const label = (await first.getAttribute('aria-label'))!;
    await first.click();
    const title = await app.readerTitle().innerText();
    expect(label.startsWith(title.trim())).toBe(true);
    await expect(page.locator(`[data-testid="timeline-row"][aria-current="true"]`)).toHaveCount(1);
  });

  test('keyboard: marks are one tab stop, arrows move, Enter opens; zoom keeps working', async ({ app, page }) => {
    test.setTimeout(120_000);
    await page.getByTestId('sidebar-timeline').click();
    await expect(page.getByTestId('timeline-heading')).toHaveText('Timeline of the library');
    const marks = page.getByTestId('timeline-mark');
    await expect(marks.first()).toBeVisible();
    await expect(page.locator('[data-testid="timeline-mark"][tabindex="0"]')).toHaveCount(1);
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-testid="timeline-mark"]:focus')).toHaveAttribute('data-spot', '1');
    await page.keyboard.press('Enter');
    await expect(app.readerTitle()).toBeVisible();
    const before = await marks.count();
    await page.getByTestId('timeline-zoom-in').click();
    await page.getByTestId('timeline-zoom-in').click();
    await page.getByTestId('timeline-zoom-in').click();
    await expect.poll(() => marks.count()).toBeLessThan(before);
    await page.getByTestId('timeline-show-all').click();
    await expect(marks).toHaveCount(before);
  });

  test('a key date added to a note appears on the timeline of its tag', async ({ app, page }) => {
    await app.waitUntilReady();
    await page.locator(`[data-testid="sidebar-tag"][data-name="${TAG}"]`).click();
    await page.getByTestId('article-row').first().click();
    await page.getByTestId('note-add').click();
    await page.getByTestId('note-editor').fill('Senate hearing on chips');
    await page.getByTestId('note-event-date').fill('2023-06-15');
    await page.keyboard.press('ControlOrMeta+k');
    await page.getByTestId('palette-input').fill(`timeline ${TAG}`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('timeline-key-dates')).toContainText('Senate hearing on chips');
    await expect(page.getByTestId('timeline-event')).toHaveCount(1);
  });

  for (const locale of ['en-US', 'fr-FR'] as const) {
    test.describe(`in ${locale}`, () => {
      test.use({ locale });
      test('the timeline passes axe in both themes, with its dates in the language', async ({ app, page }) => {
        // Four axe runs (two themes, two dialogs or views) on a shared two-core machine.
        test.setTimeout(180_000);
        await app.waitUntilReady();
        await page.getByTestId('sidebar-timeline').click();
        await expect(page.getByTestId('timeline-mark').first()).toBeVisible();
        await page.getByTestId('timeline-mark').first().click();
        const axis = await page.locator('.timeline-axis text').allTextContents();
        expect(axis.join(' ')).toMatch(
          locale === 'fr-FR' ? /janv\.|févr\.|mars|avr\.|mai|juin|juil\.|20\d\d/ : /20\d\d/,
        );
        await expect(page.getByTestId('timeline-heading')).toHaveText(
          locale === 'fr-FR' ? 'Chronologie de la bibliothèque' : 'Timeline of the library',
        );
        await expectAccessibleInBothThemes(page, `timeline (${locale})`);
      });
    });
  }
});
