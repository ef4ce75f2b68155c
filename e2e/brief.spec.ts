import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TAG = 'export-controls';
const TITLE = 'E2E brief: export controls';

/** Calls the API the way the renderer does in browser mode (same origin, session cookie). */
async function invoke<T>(page: Page, method: string, args: object): Promise<T> {
  const result = await page.evaluate(
    async ([m, a]) =>
      (
        await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ method: m, args: a }),
        })
      ).json(),
    [method, args] as const,
  );
  const r = result as { ok: boolean; value: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${method} failed: ${r.error?.message}`);
  return r.value;
}

interface ArticleLite {
  id: number;
  title: string;
  text: string;
  source: { sha256: string };
}

// Reading the PDF needs poppler-utils (pdftotext, pdfinfo, pdftoppm); without them the test says so and stops.
test.skip(
  !existsSync('/usr/bin/pdftotext') || !existsSync('/usr/bin/pdftoppm'),
  'poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed',
);

test('builds a brief from a tag, previews it live, and exports a cited PDF and Markdown', async ({
  app: _app,
  page,
}) => {
  const list = await invoke<{ total: number; articles: { id: number }[] }>(page, 'listArticles', {
    tag: TAG,
    limit: 500,
  });
  expect(list.total).toBeGreaterThan(3);
  const articles = await Promise.all(list.articles.map((a) => invoke<ArticleLite>(page, 'getArticle', { id: a.id })));
  // Two quotes, taken from two articles of the tag: a passage of 8 words from each text.
  const quotes: string[] = [];
  for (const a of articles.slice(0, 2)) {
    const words = a.text.split(/\s+/).filter(Boolean).slice(5, 13).join(' ');
    const q = await invoke<{ exact: string }>(page, 'createQuote', { articleId: a.id, exact: words });
    quotes.push(q.exact);
  }

  await page.getByTestId('sidebar-brief').click();
  const view = page.getByTestId('view-brief');
  await expect(view).toBeVisible();
  await page.getByTestId('brief-title').fill(TITLE);
  await page.getByTestId('brief-scope-kind').selectOption('tag');
  await page.getByTestId('brief-scope-tag').selectOption(TAG);
  await expect(page.getByTestId('brief-preview-info')).toHaveText(`${list.total} articles · 2 quotes`);
  const preview = page.getByTestId('brief-preview');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(preview.getByRole('heading', { name: 'Timeline' })).toBeVisible();

  // Switching a section off and moving another one takes effect in the live preview.
  await page
    .locator('[data-testid="brief-section"][data-section="timeline"]')
    .getByTestId('brief-section-toggle')
    .uncheck();
  await expect(preview.getByRole('heading', { name: 'Timeline' })).toHaveCount(0);
  await page.locator('[data-testid="brief-section"][data-section="sources"]').getByTestId('brief-section-up').click();
  await expect(page.getByTestId('brief-section').nth(5)).toHaveAttribute('data-section', 'sources');

  const dir = mkdtempSync(join(tmpdir(), 'dossier-brief-e2e-'));
  try {
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('brief-export-pdf').click(),
    ]);
    const pdf = join(dir, pdfDownload.suggestedFilename());
    await pdfDownload.saveAs(pdf);
    expect(pdf.endsWith('.pdf')).toBe(true);
    await expect(page.getByTestId('brief-export-status')).toContainText('pages');

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(TITLE);
    // Footnotes are numbered in the brief's reading order (by publication date), so collect the numbers.
    const numbers = quotes.map((q) => {
      const escaped = q.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return Number(new RegExp(`${escaped}\\[(\\d+)\\]`).exec(flat)?.[1]);
    });
    expect(numbers.sort()).toEqual([1, 2]);
    for (const n of numbers) expect(flat).toMatch(new RegExp(`\\[${n}\\] \\S.*collected`));
    for (const a of articles) {
      expect(flat).toContain(a.title.replace(/\s+/g, ' ').slice(0, 40));
      expect(text).toContain(a.source.sha256);
    }
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(readFileSync(pdf).toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-png', pdf, join(dir, 'page')]);
    const png = ['page-1.png', 'page-01.png', 'page-001.png'].map((f) => join(dir, f)).find(existsSync);
    expect(png, 'pdftoppm rendered page 1').toBeTruthy();
    expect(statSync(png!).size).toBeGreaterThan(2000);

    const [mdDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('brief-export-md').click(),
    ]);
    const md = join(dir, mdDownload.suggestedFilename());
    await mdDownload.saveAs(md);
    const markdown = readFileSync(md, 'utf8');
    quotes.forEach((_, i) => {
      expect(markdown).toContain(`[^${i + 1}]`);
      expect(markdown).toMatch(new RegExp(`^\\[\\^${i + 1}\\]: `, 'm'));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
