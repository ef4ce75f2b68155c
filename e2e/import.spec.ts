import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePdf } from '../main/test-support/make-pdf';
import { expect, test } from './fixtures';

const PARAGRAPH =
  'Investigators said on Thursday that the shipment of accelerator cards left the port of Antwerp under a false customs code, and that two intermediaries in Dubai had handled the paperwork.';

function savedPage(): string {
  const body = Array.from({ length: 5 }, (_, i) => `<p>${PARAGRAPH} Detail ${i + 1}.</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port probe | Harbour Times</title>
    <meta property="og:site_name" content="Harbour Times">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Antwerp port probe widens","author":{"name":"Lena Maes"},"datePublished":"2024-04-11T08:00:00Z"}</script>
    </head><body><nav>Home | World</nav><article><h1>Antwerp port probe widens</h1>${body}
    <script>document.body.dataset.pwned = "yes"</script><img src="https://tracker.example/pixel.gif"></article></body></html>`;
}

test.describe('import by drag and drop', () => {
  test.use({ serverOptions: { empty: true } });

  test('two good files become articles and a corrupt one is reported with its reason', async ({ app, page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-import-'));
    try {
      writeFileSync(join(dir, 'port-probe.html'), savedPage());
      writeFileSync(
        join(dir, 'customs-report.pdf'),
        makePdf({
          pages: [['Customs report on accelerator shipments', 'Two intermediaries handled the paperwork.']],
          title: 'Customs report 2024',
        }),
      );
      writeFileSync(join(dir, 'damaged.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]));

      await app.dropFiles([join(dir, 'port-probe.html'), join(dir, 'customs-report.pdf'), join(dir, 'damaged.pdf')]);
      const rows = await app.importReportRows();
      // Rows appear as files finish, so their order is not fixed.
      expect(rows.map((r) => [r.file.split('/').pop(), r.status, r.code]).sort()).toEqual([
        ['customs-report.pdf', 'imported', null],
        ['damaged.pdf', 'failed', 'CORRUPT_FILE'],
        ['port-probe.html', 'imported', null],
      ]);
      await expect(app.importRow('damaged.pdf').getByTestId('import-error')).toContainText(
        /damaged|could not be read/i,
      );

      await expect(app.articleRows()).toHaveCount(2);
      await app.openArticleByTitle('Antwerp port probe widens');
      await expect(app.readerBody()).toContainText('false customs code');
      await expect(app.readerBody().locator('script, img[src^="http"]')).toHaveCount(0);
      await expect(app.readerInfo()).toContainText('port-probe.html');
      expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an encrypted PDF asks for its password and imports on retry', async ({ app }) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-import-'));
    try {
      writeFileSync(
        join(dir, 'minutes.pdf'),
        makePdf({
          pages: [['Board minutes: the shipment was approved in March.']],
          title: 'Board minutes',
          userPassword: 'harbour',
        }),
      );
      await app.dropFiles([join(dir, 'minutes.pdf')]);
      const rows = await app.importReportRows();
      expect(rows.map((r) => [r.status, r.code])).toEqual([['failed', 'ENCRYPTED']]);

      const row = app.importRow('minutes.pdf');
      await row.getByTestId('import-password').fill('harbour');
      await row.getByTestId('import-retry').click();
      await expect(app.importRow('minutes.pdf')).toHaveAttribute('data-status', 'imported');
      await expect(app.articleRows()).toHaveCount(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
