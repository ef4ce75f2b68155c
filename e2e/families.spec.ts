import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectAccessibleInBothThemes } from './pages/axe-check';

/**
 * Families of near copies, end to end: a wire story republished by two outlets (one with a new
 * headline, a trimmed ending and a local paragraph; one with a credit line) and an unrelated story
 * on the same port, dropped on an empty library.
 */
test.use({ serverOptions: { empty: true } });
// Each test imports files and runs axe twice in both themes: more than the default minute on a busy machine.
test.describe.configure({ timeout: 150_000 });

const WIRE = [
  'Dock workers at the port of Halden walked off the job on Monday morning after talks over a new three-year contract broke down late on Sunday, leaving more than forty container ships waiting at anchor outside the harbour.',
  'The union representing about 2,300 crane operators, lashers and truck drivers said the port authority had refused to put its offer on automation in writing, and that members would stay out until it did.',
  'Port managers said the offer included a pay rise of 4.5 percent a year and a promise that no permanent job would be lost to the automated stacking cranes due to arrive next spring.',
  'Shipping lines began diverting cargo to neighbouring terminals within hours. A spokeswoman for one of the largest carriers said three vessels carrying refrigerated fruit had been sent north to avoid spoilage.',
  'Exporters of timber and paper, which make up most of the outbound tonnage, warned that a strike lasting more than a week would force mills inland to cut shifts because their warehouses were already close to full.',
  'The regional government called both sides to a meeting at the labour mediation office on Wednesday and urged them to resume loading of medical supplies and animal feed in the meantime.',
  'The last strike at Halden, in 2019, lasted eleven days and cost the regional economy an estimated 180 million euros, according to the chamber of commerce, which said this dispute could prove more costly.',
  'Union leaders said they expected a long stoppage and had set up a hardship fund for members, while the port authority said it remained ready to talk at any hour of the day or night.',
];
/** The trimmed copy's cut ending: the diff must show it removed. */
const CUT = WIRE[WIRE.length - 1]!;
const LOCAL =
  'In Brekke, the Harbour Daily found the fish market unusually quiet, with traders saying buyers feared the strike would spread to the smaller quays along the fjord.';

const UNRELATED = [
  'The port of Halden will spend 65 million euros on a new rail link to its container terminal, the port authority said on Thursday, in a plan meant to move a third of all boxes off the roads by 2030.',
  'Construction of the four-kilometre line, which will cross the river on a new steel bridge, is due to begin in the autumn once the environmental permit is granted by the county.',
  'Hauliers welcomed the plan but asked for a guarantee that trucks would still be able to reach the terminal during the works, which are expected to last three years.',
  'Residents along the route have asked for noise barriers and a ban on night trains, and the authority said it would publish the results of a consultation before the end of the year.',
  'The rail link is the largest investment at the port since its deep-water quay opened in 2012, and half of the money will come from a national fund for green freight transport.',
];

function page(outlet: string, date: string, headline: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline} | ${outlet}</title>
<meta property="og:title" content="${headline}"><meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${date}T08:00:00Z"></head>
<body><header><nav><a href="/">${outlet}</a> · <a href="/business">Business</a></nav></header>
<article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© ${outlet}</footer></body></html>`;
}

test('three copies of a wire story make one row with "+2 copies", which unfolds to the diff of the trimmed copy', async ({
  app,
  page: browser,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-families-'));
  try {
    const files = {
      'wire.html': page(
        'Pacific Trade Wire',
        '2025-03-03',
        'Halden dock workers strike after contract talks fail',
        WIRE,
      ),
      'harbour-daily.html': page('Harbour Daily', '2025-03-04', 'Ships stuck at anchor as port strike begins', [
        '(Pacific Trade Wire) -',
        ...WIRE.slice(0, -1),
        LOCAL,
      ]),
      'valley-ledger.html': page('Valley Ledger', '2025-03-05', 'Port of Halden at a standstill', [
        ...WIRE,
        'Reporting by Pacific Trade Wire; editing by the Valley Ledger desk.',
      ]),
      'rail-link.html': page('Valley Ledger', '2025-03-02', 'Halden port plans rail link to its terminal', UNRELATED),
    };
    for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
    await app.dropFiles(Object.keys(files).map((name) => join(dir, name)));
    const report = await app.importReportRows();
    expect(report.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported']);

    // One row for the story (its newest copy first), one for the unrelated article.
    const rows = app.articleRows();
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Port of Halden at a standstill');
    await expect(rows.nth(1)).toContainText('Halden port plans rail link');
    const copies = rows.nth(0).getByTestId('family-copies');
    await expect(copies).toHaveText(/\+2 copies/);
    await expect(rows.nth(1).getByTestId('family-copies')).toHaveCount(0);

    // Unfolded, the two other copies show under it, newest first.
    await copies.click();
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('Ships stuck at anchor as port strike begins');
    await expect(rows.nth(1)).toContainText('Harbour Daily');
    await expect(rows.nth(2)).toContainText('Halden dock workers strike after contract talks fail');
    await expect(rows.nth(3)).toContainText('Halden port plans rail link');
    await expectAccessibleInBothThemes(browser, 'the grouped list, unfolded');

    // The trimmed copy's family view: the wire's original, and what this outlet cut and added.
    await rows.nth(1).click();
    await expect(app.readerTitle()).toContainText('Ships stuck at anchor as port strike begins');
    const panel = browser.getByTestId('family-panel');
    await expect(panel.getByRole('heading', { name: 'Published 3 times' })).toBeVisible();
    await expect(panel.getByTestId('family-member')).toHaveCount(3);
    await expect(panel.getByTestId('family-member').first()).toContainText('Pacific Trade Wire');
    await expect(panel.getByTestId('family-member').first()).toContainText('original');
    const diff = panel.getByTestId('family-diff');
    await expect(diff).toBeVisible();
    await expect(diff.locator('del').filter({ hasText: 'hardship fund for members' })).toHaveCount(1);
    await expect(diff.locator('ins').filter({ hasText: 'fish market unusually quiet' })).toHaveCount(1);
    await expect(diff.locator('.family-diff__headline del')).toHaveText(
      'Halden dock workers strike after contract talks fail',
    );
    expect((await diff.locator('.family-diff__body del').allTextContents()).join(' ')).toContain(CUT.slice(0, 60));
    await panel.scrollIntoViewIfNeeded();
    await expectAccessibleInBothThemes(browser, 'the family view with its diff');

    // Every copy as its own row, when asked.
    await browser.getByTestId('every-copy-toggle').click();
    await expect(rows).toHaveCount(4);
    await expect(browser.getByTestId('family-copies')).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('search finds the story once, and a phrase only one copy has finds that copy', async ({ app, page: browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-families-'));
  try {
    writeFileSync(join(dir, 'wire.html'), page('Pacific Trade Wire', '2025-03-03', 'Halden strike', WIRE));
    writeFileSync(
      join(dir, 'harbour-daily.html'),
      page('Harbour Daily', '2025-03-04', 'Ships stuck at anchor', [...WIRE.slice(0, -1), LOCAL]),
    );
    writeFileSync(join(dir, 'rail-link.html'), page('Valley Ledger', '2025-03-02', 'Halden rail link', UNRELATED));
    await app.dropFiles([join(dir, 'wire.html'), join(dir, 'harbour-daily.html'), join(dir, 'rail-link.html')]);
    await app.importReportRows();

    await app.search('Halden');
    await expect(app.searchHits()).toHaveCount(2);
    await expect(browser.getByTestId('search-count')).toContainText('2 results');
    await expect(app.facet('sites', 'Harbour Daily')).toContainText('1');
    await expect(browser.getByTestId('family-copies')).toHaveText(/\+1 copy/);
    await browser.getByTestId('family-copies').click();
    await expect(app.searchHits()).toHaveCount(3);
    await expectAccessibleInBothThemes(browser, 'grouped search results, unfolded');

    await app.search('"fish market"');
    await expect(app.searchHits()).toHaveCount(1);
    await expect(app.searchHits().first()).toContainText('Ships stuck at anchor');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
