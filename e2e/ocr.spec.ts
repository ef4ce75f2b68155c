import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderScan } from '../main/test-support/make-scan';
import { makeScannedPdf } from '../main/test-support/make-scanned-pdf';
import { expect, test } from './fixtures';
import { expectAccessibleInBothThemes } from './pages/axe-check';

test.describe('OCR of a scanned PDF', () => {
  test.use({ serverOptions: { empty: true } });

  test('a dropped scan shows "text pending", then a word from it is found and boxed on the page image, each page beside its text', async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-ocr-'));
    try {
      const pdf = await makeScannedPdf({
        pages: [
          { scan: renderScan(['Harbour authority memorandum', 'The dredging contract was signed in secret.']) },
          { scan: renderScan(['Second page of the memorandum', 'Payments went through a shell company.']) },
        ],
      });
      writeFileSync(join(dir, 'memo-scan.pdf'), pdf);
      await app.dropFiles([join(dir, 'memo-scan.pdf')]);
      const rows = await app.importReportRows();
      expect(rows.map((r) => [r.status, r.code])).toEqual([['imported', null]]);

      // Stored at once, before any page is read: it opens as "text pending".
      await expect(app.articleRows()).toHaveCount(1);
      await app.articleRows().first().click();
      await expect(page.getByTestId('ocr-status')).toContainText(/Text pending \(page \d of 2/);

      // The pages fill in as they are read; then the article is found by a word of its scan.
      await expect(page.getByTestId('ocr-status')).toHaveCount(0, { timeout: 150_000 });
      await app.search('dredging');
      await expect(app.searchHits()).toHaveCount(1);
      await app.searchHits().first().click();
      await expect(app.readerTitle()).toContainText('Harbour authority memorandum');
      const firstPage = page.locator('[data-testid="ocr-page"][data-page="1"]');
      await expect(firstPage.getByTestId('ocr-page-image').locator('img')).toBeVisible();
      const hit = firstPage.getByTestId('ocr-hit');
      await expect(hit).toHaveCount(1);
      await expect(hit).toHaveAttribute('title', /dredging/i);
      expect(await firstPage.getByTestId('ocr-page-image').locator('img').getAttribute('src')).toMatch(/^blob:/);
      await expect(page.locator('[data-testid="ocr-page"][data-page="2"]').getByTestId('ocr-hit')).toHaveCount(0);

      // Each page's text is shown once, beside its page image (not again above or below the body).
      const reader = page.getByTestId('reader');
      await expect(reader.getByText('Payments went through a shell company')).toHaveCount(1);
      expect((await reader.innerText()).split('dredging contract').length - 1).toBe(1);
      for (const n of [1, 2]) {
        const image = await page.locator(`[data-testid="ocr-page"][data-page="${n}"]`).boundingBox();
        const text = await app
          .readerBody()
          .locator('section')
          .nth(n - 1)
          .boundingBox();
        expect(text!.x).toBeGreaterThan(image!.x + image!.width - 1);
        expect(Math.abs(text!.y - image!.y)).toBeLessThan(40);
      }

      // Quoting a passage of page 2's text cites it as OCR text, page 2.
      await page.evaluate(() => {
        const body = document.querySelector('[data-testid="reader-body"]')!;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf('Payments went');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 'Payments went through'.length);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
          return;
        }
        throw new Error('page 2 text not found');
      });
      await page.getByTestId('quote-button').click();
      await expect(app.readerBody().getByTestId('quote-highlight')).toHaveText('Payments went through');
      await page.getByTestId('sidebar-quotes').click();
      await expect(page.getByTestId('quote-citation')).toContainText('OCR text, page 2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the OCR languages chosen in the settings stay, an import reads its scans in them or in others, and a scan can be stopped', async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000);
    const setting = page.getByTestId('ocr-languages-setting');
    await setting.getByRole('checkbox', { name: 'French' }).check();
    await expect(setting.getByRole('checkbox', { name: 'English' })).toBeEnabled();
    await page.reload();
    await app.waitUntilReady();
    await expect(setting.getByRole('checkbox', { name: 'French' })).toBeChecked();
    await expect(setting.getByRole('checkbox', { name: 'English' })).toBeChecked();
    await expect(setting.getByRole('checkbox', { name: 'German' })).not.toBeChecked();

    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-ocr-'));
    try {
      // Enough pages that reading them all takes longer than finding the Stop button.
      const lines = (n: number) => [`Page ${n} of the harbour file`, 'The board met in secret on Tuesday.'];
      const pdf = await makeScannedPdf({ pages: [1, 2, 3, 4, 5].map((n) => ({ scan: renderScan(lines(n)) })) });
      writeFileSync(join(dir, 'harbour-file.pdf'), pdf);
      await app.dropFiles([join(dir, 'harbour-file.pdf')]);
      // The first file of a session waits for the parse threads to start, which a busy machine
      // (their priority is below the window's) can stretch past the default 10 s.
      await expect(page.getByTestId('import-ocr-summary')).toHaveText(
        '1 scan in this import is read in English, French.',
        { timeout: 60_000 },
      );
      // For this import only: German as well.
      const choice = page.getByTestId('import-ocr-languages');
      await choice.getByRole('checkbox', { name: 'German' }).check();
      await page.getByTestId('import-ocr-apply').click();
      await expect(page.getByTestId('import-ocr-summary')).toHaveText(
        '1 scan in this import is read in English, French, German.',
      );
      await expect(setting.getByRole('checkbox', { name: 'German' })).not.toBeChecked();
      await expectAccessibleInBothThemes(page, 'the OCR languages in the settings and the import report');

      await app.articleRows().first().click();
      await expect(page.getByTestId('ocr-status')).toContainText('Text pending');
      await page.getByTestId('ocr-cancel').click();
      await expect(page.getByTestId('ocr-status')).toHaveText('OCR was cancelled; the pages read so far are kept.');
      await expect(page.getByTestId('ocr-retry')).toBeVisible();
      await expectAccessibleInBothThemes(page, 'a cancelled scan in the reader');
      await page.getByTestId('ocr-retry').click();
      await expect(page.getByTestId('ocr-status')).toContainText('Text pending');
      await expect(page.getByTestId('ocr-cancel')).toBeVisible();
      await page.getByTestId('ocr-cancel').click();
      await expect(page.getByTestId('ocr-retry')).toBeVisible();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
