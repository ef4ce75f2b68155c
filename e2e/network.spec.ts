import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { expect, test } from './fixtures';
import { expectAxeCleanInBothThemes } from './pages/axe-check';
import { NetworkPage } from './pages/network-page';
import { EntityPage } from './pages/entity-page';

test.describe('entity network', () => {
  // Software WebGL (SwiftShader) and the layout worker share a small machine with the server.
  test.describe.configure({ timeout: 180_000 });

  test('the demo library links NVIDIA to Huawei; the link lists the articles that mention both', async ({
    app,
    page,
  }) => {
    const network = new NetworkPage(page);
    await network.open();
    await network.expectDrawn();
    await network.showList();

    // Keyboard only: focus the link in the list and press Enter.
    const link = network.link('NVIDIA', 'Huawei');
    await expect(link).toBeVisible();
    await link.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('network-edge-articles');
    await expect(panel).toContainText(/NVIDIA/);
    await expect(panel).toContainText(/Huawei/);
    const shared = Number((await link.locator('xpath=ancestor::tr').locator('td').last().textContent())!.trim());
    await expect(network.linkedArticles()).toHaveCount(shared);
    expect(shared).toBeGreaterThan(0);

    // Each listed article opens in the reader, where both entities are found.
    const title = (await network.linkedArticles().first().locator('.network-edge__headline').textContent())!;
    await network.linkedArticles().first().click();
    await expect(app.readerTitle()).toHaveText(title);
    await expect(page.locator('[data-testid="entity-chip"][data-name="NVIDIA"]')).toBeVisible();
    await expect(page.locator('[data-testid="entity-chip"][data-name="Huawei"]')).toBeVisible();
  });

  test('a node opens its entity page; filters by type and by weight narrow the network', async ({ app }) => {
    const { page } = app;
    const network = new NetworkPage(page);
    await network.open();
    await network.showList();
    await expect(network.node('NVIDIA')).toBeVisible();
    const before = await network.nodes().count();

    await page.getByTestId('network-type-organisation').uncheck();
    await expect(network.node('NVIDIA')).toHaveCount(0);
    await expect(network.nodes().first()).toBeVisible();
    await page.getByTestId('network-type-organisation').check();
    await expect(network.node('NVIDIA')).toBeVisible();

    await page.getByTestId('network-min-weight').fill('3');
    await expect.poll(() => network.nodes().count()).toBeLessThan(before);
    for (const cell of await page.locator('[data-testid="network-edge-table"] tbody td').all())
      expect(Number(await cell.textContent())).toBeGreaterThanOrEqual(3);

    await network.node('NVIDIA').click();
    await new EntityPage(page).expectShowing('NVIDIA');
  });

  test('a tag draws the network of its articles only, and the picture exports as SVG', async ({ app }) => {
    const { page } = app;
    const network = new NetworkPage(page);
    await network.open();
    await network.expectDrawn();
    const all = await page.getByTestId('network-summary').textContent();
    const tag = await page.locator('[data-testid="network-scope"] optgroup option').first().getAttribute('value');
    await page.getByTestId('network-scope').selectOption(tag!);
    await expect(page.getByTestId('network-summary')).not.toHaveText(all!);
    await expect(page.getByTestId('network-summary')).toContainText(tag!.slice(4));

    const download = page.waitForEvent('download');
    await page.getByTestId('network-export-svg').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('entity-network.svg');
    const svg = readFileSync((await file.path())!, 'utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('<circle');
    expect(svg).not.toMatch(/<script|href=/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`links show on the pane: the link layer changes what is on screen (${colorScheme} theme)`, async ({ app }) => {
      const { page } = app;
      // sigma blends as if colours were premultiplied; a translucent link grey once came out
      // white on the white pane, so the picture showed nodes and no links at all.
      await page.emulateMedia({ colorScheme });
      const network = new NetworkPage(page);
      await network.open();
      await network.expectDrawn();
      await network.expectSettled();
      const linksLayer = page.locator('canvas.sigma-edges');
      const withLinks = await network.canvas().screenshot();
      await linksLayer.evaluate((canvas: HTMLElement) => (canvas.style.visibility = 'hidden'));
      const withoutLinks = await network.canvas().screenshot();
      await linksLayer.evaluate((canvas: HTMLElement) => (canvas.style.visibility = ''));
      expect(await pixelsThatDiffer(withLinks, withoutLinks)).toBeGreaterThan(2_000);
    });
  }

  for (const locale of ['en-US', 'fr-FR'] as const) {
    test.describe(`axe in ${locale}`, () => {
      test.use({ locale });
      test(`the graph, the list and a link's articles are accessible (${locale})`, async ({ app }) => {
        const { page } = app;
        const network = new NetworkPage(page);
        await network.open();
        await network.expectDrawn();
        await network.expectSettled();
        await expectAxeCleanInBothThemes(page);
        await network.showList();
        await network.link('NVIDIA', 'Huawei').click();
        await expect(network.linkedArticles().first()).toBeVisible();
        await expectAxeCleanInBothThemes(page);
      });
    });
  }
});

/** How many pixels of two same-sized screenshots differ by more than a faint anti-aliasing step. */
async function pixelsThatDiffer(a: Buffer, b: Buffer): Promise<number> {
  const read = async (png: Buffer) => {
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height).data;
  };
  const [pa, pb] = await Promise.all([read(a), read(b)]);
  let count = 0;
  for (let k = 0; k < pa.length; k += 4) {
    const delta = Math.max(
      Math.abs(pa[k]! - pb[k]!),
      Math.abs(pa[k + 1]! - pb[k + 1]!),
      Math.abs(pa[k + 2]! - pb[k + 2]!),
    );
    if (delta > 24) count++;
  }
  return count;
}
