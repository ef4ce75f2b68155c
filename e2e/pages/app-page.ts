import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** A file to drop, read in the test process and rebuilt as a File inside the page. */
interface DropPayload {
  name: string;
  base64: string;
  type: string;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  mhtml: 'multipart/related',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
  txt: 'text/plain',
  md: 'text/markdown',
};

/** Files under `path` (the path itself when it is a file), folders walked recursively. */
function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => listFiles(join(path, name)));
}

/** One row of the import report, as data. */
export interface ImportReportRow {
  file: string;
  status: string;
  code: string | null;
  text: string;
}

/**
 * The Dossier window as a user sees it. Specs talk to the app through this object, so a
 * change of layout touches one file. Test ids are listed in the renderer's conventions.
 */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Waits for the app frame and the first list load to finish. */
  async waitUntilReady(): Promise<void> {
    await expect(this.page.getByTestId('app-shell')).toBeVisible();
    await expect(this.page.getByTestId('article-list').or(this.page.getByTestId('list-empty'))).toBeVisible();
  }

  articleRows(): Locator {
    return this.page.getByTestId('article-row');
  }

  /** The row that has the keyboard selection. */
  selectedRow(): Locator {
    return this.page.locator('[data-testid="article-row"][aria-selected="true"]');
  }

  reader(): Locator {
    return this.page.getByTestId('reader');
  }

  readerTitle(): Locator {
    return this.page.getByTestId('reader-title');
  }

  readerBody(): Locator {
    return this.page.getByTestId('reader-body');
  }

  readerInfo(): Locator {
    return this.page.getByTestId('reader-info');
  }

  /** The query's matches marked in the open article. */
  readerMatches(): Locator {
    return this.readerBody().locator('mark');
  }

  entityChips(): Locator {
    return this.page.getByTestId('entity-chip');
  }

  sidebarTag(name: string): Locator {
    return this.page.locator(`[data-testid="sidebar-tag"][data-name="${name.replace(/"/g, '\\"')}"]`);
  }

  sidebarEntity(name: string): Locator {
    return this.page.locator(`[data-testid="sidebar-entity"][data-name="${name.replace(/"/g, '\\"')}"]`);
  }

  /**
   * Opens the article whose title contains `title`: from the list when its row is on screen,
   * otherwise through search (the list is virtualized, so far rows do not exist in the DOM).
   */
  async openArticleByTitle(title: string): Promise<void> {
    const row = this.articleRows().filter({ hasText: title }).first();
    if ((await row.count()) > 0) {
      await row.click();
    } else {
      await this.search(`"${title}"`);
      await this.searchHits().filter({ hasText: title }).first().click();
    }
    await expect(this.readerTitle()).toContainText(title);
  }

  searchInput(): Locator {
    return this.page.getByTestId('search-input');
  }

  searchHits(): Locator {
    return this.page.getByTestId('search-hit');
  }

  /** A facet button, e.g. facet('tags', 'export-controls'). */
  facet(kind: 'tags' | 'entities' | 'sites' | 'languages' | 'years', value: string): Locator {
    return this.page.locator(`[data-testid="facet"][data-facet="${kind}"][data-value="${value.replace(/"/g, '\\"')}"]`);
  }

  /** Types a query and waits until the results for it (or the no-match state) are shown. */
  async search(query: string): Promise<void> {
    await this.searchInput().fill(query);
    const results = this.page.getByTestId('search-results');
    await expect(results).toBeVisible();
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect(
      this.searchHits().first().or(this.page.getByTestId('search-empty')).or(this.page.getByTestId('error-banner')),
    ).toBeVisible();
  }

  /** Clears the search with Esc, back to the article list. */
  async clearSearch(): Promise<void> {
    await this.searchInput().focus();
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId('search-results')).toHaveCount(0);
  }

  /**
   * Drops files (or folders, walked here) onto the window the way a user would: a synthetic
   * dragenter/dragover/drop whose DataTransfer holds real File objects built in the page.
   */
  async dropFiles(paths: string[]): Promise<void> {
    const payload: DropPayload[] = paths.flatMap(listFiles).map((file) => ({
      name: basename(file),
      base64: readFileSync(file).toString('base64'),
      type: MIME_BY_EXTENSION[file.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
    }));
    await this.page.evaluate((files: DropPayload[]) => {
      const transfer = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: f.type }));
      }
      const target = document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, payload);
  }

  importReport(): Locator {
    return this.page.getByTestId('import-report');
  }

  /** The report's rows as locators (each has data-status, data-code and data-file). */
  importRows(): Locator {
    return this.page.getByTestId('import-row');
  }

  /** Waits for the running import to finish, then returns the report's rows as data. */
  async importReportRows(): Promise<ImportReportRow[]> {
    await expect(this.importReport()).toBeVisible();
    await expect(this.page.getByTestId('import-progress')).toHaveCount(0, { timeout: 60_000 });
    return this.importRows().evaluateAll((rows) =>
      rows.map((row) => ({
        file: row.getAttribute('data-file') ?? '',
        status: row.getAttribute('data-status') ?? '',
        code: row.getAttribute('data-code'),
        text: (row as HTMLElement).innerText,
      })),
    );
  }

  /** The report row for a file (matched by its name or path ending). */
  importRow(fileName: string): Locator {
    return this.page.locator(`[data-testid="import-row"][data-file$="${fileName.replace(/"/g, '\\"')}"]`);
  }
}
