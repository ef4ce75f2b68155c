import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CLI = resolve(__dirname, '..', 'out', 'main', 'cli.js');
const ARTICLE_TITLE = 'Ministry lists the licensed exporters';

/** An article with an outbound link, so the reader, a note on it and a quote of it all show. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE_TITLE}</title></head>
<body><article><h1>${ARTICLE_TITLE}</h1>
<p>The ministry published the list of licensed exporters on Monday. Twelve companies are on it, four fewer than last
year, and the ministry said the others had not asked for a renewal before the deadline in March.</p>
<p>Officials said the list would be updated every quarter. Exporters not on it need a licence for each shipment, which
the ministry promised to answer within thirty days of a complete application.</p>
<p><a id="outbound" href="https://evil.example/reader">The list on the ministry website</a></p>
</article></body></html>`;

/**
 * A note as a reporter might write or paste it: Markdown links, bare URLs that marked turns into
 * links, raw HTML links with handlers and styles, javascript: links, and a handler on an image.
 */
const HOSTILE_NOTE = [
  'Sources: [the ministry list](https://evil.example/markdown) and https://evil.example/bare for the archive.',
  '',
  'Raw: <a href="https://evil.example/raw" onclick="window.__ran=1" style="color:red">the raw link</a>,',
  '[a script link](javascript:window.__ran=2), <a href="javascript:window.__ran=3">raw script link</a>.',
  '',
  '<span style="font-size:40px" onmouseover="window.__ran=4">styled text</span>',
  '<img src="x" onerror="window.__ran=5" style="width:1px"> <div onclick="window.__ran=6">click me</div>',
].join('\n');

const LINK_TEXTS = [
  'the ministry list',
  'https://evil.example/bare',
  'the raw link',
  'a script link',
  'raw script link',
];

/** Imports the page, writes the note on it and a free note, and quotes the article, with the real CLI. */
function seedNotesWithLinks(libraryPath: string): void {
  const file = join(dirname(libraryPath), 'exporters.html');
  writeFileSync(file, PAGE);
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [CLI, ...args, '--library', libraryPath, '--json']).toString();
  const imported = JSON.parse(cli('import', file)) as { results?: { articleId?: number }[] };
  const articleId = String(imported.results?.[0]?.articleId ?? 1);
  cli('note', 'add', articleId, HOSTILE_NOTE);
  cli('note', 'add', `Story note. ${HOSTILE_NOTE}`);
  cli('quote', 'add', articleId, '--text', 'Twelve companies are on it, four fewer than last year');
}

/** Records CSP violations as the page's document sees them, from the first script on. */
async function countCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/**
 * Clicks, middle-clicks, Ctrl/Cmd-clicks, Shift-clicks, presses Enter on and drags a link, and
 * checks after each that the app is still the page and no window opened.
 */
async function tryEveryWayToFollow(page: Page, link: Locator, appUrl: string): Promise<void> {
  const name = await link.innerText();
  const ways: [string, () => Promise<void>][] = [
    ['click', () => link.click()],
    ['middle click', () => link.click({ button: 'middle' })],
    ['Ctrl/Cmd+click', () => link.click({ modifiers: ['ControlOrMeta'] })],
    ['Shift+click', () => link.click({ modifiers: ['Shift'] })],
    ['Enter', async () => (await link.focus(), await page.keyboard.press('Enter'))],
    ['drag', () => link.dragTo(page.getByTestId('app-shell'), { targetPosition: { x: 5, y: 5 } })],
  ];
  for (const [way, act] of ways) {
    await act();
    expect(page.url(), `${way} on "${name}" left the app`).toBe(appUrl);
    expect(page.context().pages(), `${way} on "${name}" opened a window`).toHaveLength(1);
  }
}

test.describe('links in rendered text', () => {
  test.use({ serverOptions: { empty: true, prepare: seedNotesWithLinks } });
  // About fifty real clicks, key presses and drags, after three CLI runs: give a loaded machine time.
  test.slow();

  test('never take the tab away, open a window or run script', async ({ app, page, server }) => {
    const foreign: string[] = [];
    page.context().on('request', (req) => {
      if (!req.url().startsWith(server.origin) && !/^(data|blob):/.test(req.url())) foreign.push(req.url());
    });
    const appUrl = page.url();

    // The reader, with the note on the article below it.
    await app.openArticleByTitle(ARTICLE_TITLE);
    const articleNotes = page.getByTestId('article-notes').getByTestId('note-preview');
    await expect(articleNotes).toContainText('styled text');
    await tryEveryWayToFollow(page, app.readerBody().getByText('The list on the ministry website'), appUrl);
    for (const text of LINK_TEXTS) {
      await tryEveryWayToFollow(page, articleNotes.getByText(text, { exact: true }), appUrl);
    }
    // The note's link is shown for copying, as the reader's are.
    await articleNotes.getByText('the ministry list', { exact: true }).click();
    await expect(page.getByTestId('article-notes').getByTestId('link-status')).toContainText(
      'https://evil.example/markdown',
    );

    // Every note, in the Notes view.
    await page.getByTestId('sidebar-notes').click();
    const notes = page.getByTestId('view-notes').getByTestId('note-preview');
    await expect(notes).toHaveCount(2);
    // The same component as above: one autolinked and one raw link are enough here.
    for (const text of ['https://evil.example/bare', 'the raw link']) {
      await tryEveryWayToFollow(page, notes.nth(0).getByText(text, { exact: true }), appUrl);
    }

    await page.waitForTimeout(300);
    expect(page.url()).toBe(appUrl);
    expect(page.context().pages()).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    expect(foreign).toEqual([]);
    // Rendered notes keep no handler, style or script link.
    await expect(notes.locator('[style], [onclick], [onerror], [onmouseover], a[href^="javascript"]')).toHaveCount(0);
  });

  test('showing notes, the reader and the quote bank raises no CSP report', async ({ app, page }) => {
    const violations = await countCspViolations(page);
    // The init script runs from the next navigation on: reload so it sees the whole session.
    await page.reload();
    await app.waitUntilReady();

    await app.openArticleByTitle(ARTICLE_TITLE);
    await expect(page.getByTestId('article-notes').getByTestId('note-preview')).toContainText('styled text');
    await page.getByTestId('sidebar-notes').click();
    await expect(page.getByTestId('view-notes').getByTestId('note-preview')).toHaveCount(2);
    await page.getByTestId('note-toggle').first().click();
    await page.getByTestId('note-editor').first().press('End');
    await page.getByTestId('note-editor').first().pressSequentially(' <b style="color:red" onclick="x()">more</b>');
    await page.getByTestId('note-toggle').first().click();
    await expect(page.getByTestId('view-notes').getByText('more', { exact: true })).toBeVisible();
    await page.getByTestId('sidebar-quotes').click();
    await expect(page.getByTestId('quote-item')).toHaveCount(1);
    await page.getByTestId('quote-text').click();
    await expect(app.readerTitle()).toHaveText(ARTICLE_TITLE);
    await page.waitForTimeout(300);

    expect(await violations()).toEqual([]);
  });
});
