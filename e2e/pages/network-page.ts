import { expect, type Locator, type Page } from '@playwright/test';

/** The entity network view (`view-network`), as a user sees it. */
export class NetworkPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('sidebar-network').click();
    await expect(this.page.getByTestId('view-network')).toBeVisible();
  }

  canvas(): Locator {
    return this.page.getByTestId('network-canvas');
  }

  /** Waits for sigma's first frame of the current network. */
  async expectDrawn(): Promise<void> {
    await expect(this.canvas()).toHaveAttribute('data-rendered', 'true');
  }

  /** Waits for the force layout to settle (it runs a few seconds in a worker). */
  async expectSettled(): Promise<void> {
    await expect(this.canvas()).toHaveAttribute('data-settling', 'false', { timeout: 30_000 });
  }

  async showList(): Promise<void> {
    await this.page.getByTestId('network-show-list').click();
    await expect(this.page.getByTestId('network-lists')).toBeVisible();
  }

  nodes(): Locator {
    return this.page.getByTestId('network-node');
  }

  node(name: string): Locator {
    return this.page.locator(`[data-testid="network-node"][data-name="${name}"]`);
  }

  /** The list's button for the link between two entities, whichever end comes first. */
  link(a: string, b: string): Locator {
    return this.page.locator(
      `[data-testid="network-edge"][data-names="${a}|${b}"], [data-testid="network-edge"][data-names="${b}|${a}"]`,
    );
  }

  linkedArticles(): Locator {
    return this.page.getByTestId('network-edge-article');
  }
}
