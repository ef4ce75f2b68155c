import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from './fixtures';

const CLI = resolve(__dirname, '..', 'out', 'main', 'cli.js');

test.describe('the demo library', () => {
  test('opens on the demo library and reads an article with its provenance', async ({ app, page }) => {
    await expect(app.articleRows().first()).toBeVisible();
    expect(await app.articleRows().count()).toBeGreaterThan(5);

    const firstTitle =
      (await app.articleRows().first().getAttribute('data-title')) ??
      (await app.articleRows().first().innerText()).split('\n')[0]!;
    await app.articleRows().first().click();
    await expect(page.getByTestId('reader-title')).toHaveText(firstTitle.trim());
    const body = await app.readerBody().innerText();
    expect(body.split(/\s+/).length).toBeGreaterThan(100);

    const info = page.getByTestId('reader-info');
    await expect(info).toContainText(/[0-9a-f]{64}/);
    await expect(info).toContainText('.md');
  });

  test('moves through the list with the keyboard', async ({ app, page }) => {
    await app.articleRows().first().click();
    const firstTitle = await page.getByTestId('reader-title').innerText();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('reader-title')).not.toHaveText(firstTitle);
    await expect(app.articleRows().nth(1)).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('the library file panel', () => {
  test('backs up the open library next to it and says where', async ({ app, page, server }) => {
    await expect(app.articleRows().first()).toBeVisible();
    await page.getByTestId('sidebar-library-file').click();
    const panel = page.getByTestId('library-panel');
    await expect(panel.getByTestId('library-info-path')).toHaveText(server.libraryPath);
    const counts = await panel.getByTestId('library-info-counts').innerText();
    const articles = Number(/([\d,]+) articles/.exec(counts)![1]!.replace(/,/g, ''));
    expect(articles).toBeGreaterThan(5);
    await expect(panel.getByTestId('library-restore-hint')).toContainText('dossier restore FILE');

    await panel.getByTestId('library-backup').click();
    await expect(panel.getByTestId('library-backup-result')).toContainText(`Backed up ${articles} articles`);
    const backupPath = await panel.getByTestId('library-backup-path').innerText();
    expect(dirname(backupPath)).toBe(join(dirname(server.libraryPath), 'backups'));
    // The copy is a library of its own with the same articles.
    const listed = execFileSync(process.execPath, [CLI, 'stats', '--library', backupPath, '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(listed)).toMatchObject({ articles });
  });
});

test.describe('an empty library', () => {
  test.use({ serverOptions: { empty: true } });

  test('explains how to add the first documents', async ({ page, server }) => {
    await page.goto(server.url);
    await expect(page.getByTestId('list-empty')).toBeVisible();
    await expect(page.getByTestId('list-empty')).toContainText(/drop|import/i);
  });
});
