import { expect, type Locator, type Page } from '@playwright/test';

/** The entity page (`view-entity`) and the reader's entity highlighting, as a user sees them. */
export class EntityPage {
  constructor(readonly page: Page) {}

  view(): Locator {
    return this.page.getByTestId('view-entity');
  }

  title(): Locator {
    return this.page.getByTestId('entity-title');
  }

  /** Entities that appear in the same articles, ranked. */
  cooccurring(): Locator {
    return this.page.getByTestId('cooccurring-entity');
  }

  articles(): Locator {
    return this.page.getByTestId('entity-article');
  }

  /** Waits until the page shows the named entity. */
  async expectShowing(name: string): Promise<void> {
    await expect(this.view()).toBeVisible();
    await expect(this.title()).toHaveText(name);
  }
}
