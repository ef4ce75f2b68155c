import type { ServeProcess } from './serve';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { checkLibrary } from './library-checks';
import { startServe } from './serve';
import { runCli, scratchDir, seconds } from './support';
import { briefDefinition, typeVectorsIn, writeVectorFiles, type TypedInText } from './xss-inputs';
import { vectorIdIn, xssVectors } from './xss-vectors';

/**
 * Hostile pages: the vectors go in through every way text gets in, then the real UI (browser
 * mode, Chromium with the Playwright config's flags) shows each place they land. Executions
 * are canary calls (a binding exposed in every frame) and dialogs; outside requests are every
 * request not to 127.0.0.1 (all are aborted and recorded); CSP reports are the page's
 * securitypolicyviolation events. The HTML export is opened the same way; the PDF export is
 * searched for live links (javascript: or off-machine URIs).
 */

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface XssReport {
  xssVectors: number;
  xssExecutions: number;
  requestsLeavingLoopback: number;
  cspViolations: number;
  executions: string[];
  outsideRequests: string[];
  csp: string[];
  navigatedAway: string[];
  typedIn: Omit<TypedInText, 'refused' | 'textArticleId' | 'noteId'> & { refused: number };
  imported: Record<string, number>;
  pdfLiveLinks: string[];
  exportFailures: string[];
  /** Steps of the UI walk that could not be done (the walk goes on). */
  uiErrors: string[];
  viewsVisited: string[];
  seconds: number;
  libraryProblems: string[];
}

async function watch(context: BrowserContext, report: XssReport, where: () => string): Promise<void> {
  await context.exposeBinding('__xss', (_src, id: unknown) => void report.executions.push(`${where()}: ${String(id)}`));
  await context.exposeBinding('__csp', (_src, what: unknown) => void report.csp.push(`${where()}: ${String(what)}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp?: (s: string) => void }).__csp?.(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const u = new URL(url);
    if (['data:', 'blob:', 'file:', 'about:'].includes(u.protocol) || ['127.0.0.1', 'localhost'].includes(u.hostname))
      return route.continue();
    report.outsideRequests.push(`${where()}: ${url.slice(0, 120)}`);
    return route.abort('blockedbyclient');
  });
}

/** Clicks every link in `scope` (a few at most), as a curious reader would, and comes back if sent away. */
async function clickLinks(page: Page, selector: string, home: string, report: XssReport, where: string): Promise<void> {
  const links = page.locator(`${selector} a`);
  const count = Math.min(await links.count(), 12);
  for (let i = 0; i < count; i++) {
    await links
      .nth(i)
      .click({ timeout: 500, noWaitAfter: true, modifiers: [] })
      .catch(() => undefined);
    await page.waitForTimeout(50);
    if (!page.url().startsWith(home)) {
      report.navigatedAway.push(`${where}: ${page.url().slice(0, 100)}`);
      await page.goto(home).catch(() => undefined);
      await page
        .getByTestId('app-shell')
        .waitFor({ timeout: 60_000 })
        .catch(() => report.uiErrors.push(`${where}: the app did not come back after navigating away`));
      return;
    }
  }
  for (const p of page.context().pages()) if (p !== page) await p.close();
}

async function visitUi(
  page: Page,
  origin: string,
  serve: ServeProcess,
  articles: number,
  report: XssReport,
  setWhere: (w: string) => void,
): Promise<void> {
  setWhere('app start');
  await serve.openApp(page);
  await page.getByTestId('app-shell').waitFor({ timeout: 30_000 });
  const home = `${origin}/`;
  await page.getByTestId('article-row').first().click();
  for (let i = 0; i < articles; i++) {
    const title =
      (await page
        .getByTestId('reader-title')
        .textContent({ timeout: 10_000 })
        .catch(() => '')) ?? '';
    setWhere(`reader "${title.slice(0, 40)}"`);
    report.viewsVisited.push(`reader ${title.slice(0, 40)}`);
    await page.waitForTimeout(150);
    await clickLinks(page, '[data-testid="reader-body"]', home, report, `reader ${title.slice(0, 30)}`);
    // A guarded link asks before opening anything: close that question, then go on down the list.
    await page.keyboard.press('Escape');
    await page.getByTestId('article-row').first().waitFor({ timeout: 10_000 });
    // The list box holds the keyboard focus (its rows are options, not focusable): a link clicked
    // in the article keeps focus in the reader otherwise, and the arrow would scroll the article.
    await page
      .getByTestId('article-list')
      .focus()
      .catch(() => undefined);
    // ↓ moves the selection; Enter opens it (the list does not open what it merely selects).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  for (const view of ['sidebar-notes', 'sidebar-quotes', 'sidebar-brief', 'sidebar-suggestions']) {
    setWhere(view);
    const button = page.getByTestId(view).first();
    if ((await button.count()) === 0) continue;
    await button.click({ timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(600);
    report.viewsVisited.push(view);
    await clickLinks(page, 'main', home, report, view);
  }
  for (const item of ['sidebar-saved-search', 'sidebar-entity', 'sidebar-tag']) {
    const entries = page.getByTestId(item);
    const n = Math.min(await entries.count(), 15);
    for (let i = 0; i < n; i++) {
      setWhere(`${item} ${i}`);
      await entries
        .nth(i)
        .click({ timeout: 3000 })
        .catch(() => undefined);
      await page.waitForTimeout(250);
      report.viewsVisited.push(`${item} ${i}`);
    }
  }
}

export async function runHostilePages(log: (line: string) => void, limit?: number): Promise<XssReport> {
  const start = process.hrtime.bigint();
  const vectors = xssVectors().slice(0, limit);
  const root = scratchDir('xss');
  const library = join(root, 'library.sqlite');
  const files = join(root, 'files');
  mkdirSync(files);
  const report: XssReport = {
    xssVectors: vectors.length,
    xssExecutions: 0,
    requestsLeavingLoopback: 0,
    cspViolations: 0,
    executions: [],
    outsideRequests: [],
    csp: [],
    navigatedAway: [],
    typedIn: { notes: 0, quotes: 0, tags: 0, entities: 0, savedSearches: 0, briefs: 0, refused: 0 },
    imported: {},
    pdfLiveLinks: [],
    exportFailures: [],
    uiErrors: [],
    viewsVisited: [],
    seconds: 0,
    libraryProblems: [],
  };
  log(`Hostile pages: ${vectors.length} vectors through imports, notes, quotes, names and exports...`);
  const paths = writeVectorFiles(files, vectors);
  const run = await runCli(['import', ...paths, '--json', '--library', library]);
  for (const line of run.stdout) {
    const r = JSON.parse(line) as { status: string; error?: { code: string } };
    const key = r.status === 'failed' ? `failed:${r.error?.code}` : r.status;
    report.imported[key] = (report.imported[key] ?? 0) + 1;
  }
  const serve = await startServe(library);
  const browser = await chromium.launch({
    executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const typed = await typeVectorsIn(serve, vectors);
    const { refused, textArticleId: _t, noteId, ...counts } = typed;
    report.typedIn = { ...counts, refused: refused.length };
    let where = 'start';
    const context = await browser.newContext();
    await watch(context, report, () => where);
    const page = await context.newPage();
    page.on(
      'dialog',
      (d) => void (report.executions.push(`${where}: dialog ${d.message()}`), d.dismiss().catch(() => undefined)),
    );
    const articles = (report.imported.imported ?? 0) + 0;
    await visitUi(page, serve.origin, serve, articles, report, (w) => (where = w)).catch((err: Error) =>
      report.uiErrors.push(`UI walk stopped at ${where}: ${err.message.split('\n')[0]}`),
    );
    // The exports: HTML opened in the same watched browser; PDF searched for live links.
    const title = vectors
      .map((v) => v.html)
      .join(' ')
      .slice(0, 300);
    for (const format of ['html', 'pdf'] as const) {
      where = `export ${format}`;
      const reply = await serve.invoke<{ base64: string }>('exportBrief', {
        definition: briefDefinition(title, noteId),
        format,
      });
      if (!reply.ok) {
        report.exportFailures.push(`${format}: ${reply.error.code} ${reply.error.message}`);
        continue;
      }
      const out = join(root, `brief.${format}`);
      writeFileSync(out, Buffer.from(reply.value.base64, 'base64'));
      if (format === 'html') {
        await page.goto(`file://${out}`);
        await page.waitForTimeout(1000);
        // Opened, not clicked: a followed link in a file the reporter sends on is the reader's own request.
      } else report.pdfLiveLinks = pdfLiveLinks(out);
    }
    await context.close();
  } finally {
    await browser.close();
    await serve.stop();
  }
  report.xssExecutions = new Set(report.executions.map((e) => vectorIdIn(e) ?? e)).size;
  report.requestsLeavingLoopback = report.outsideRequests.length;
  report.cspViolations = report.csp.length;
  report.libraryProblems = checkLibrary(library).problems;
  report.seconds = seconds(start);
  return report;
}

/** Script in the PDF: JavaScript actions, or links whose URI runs script. */
function pdfLiveLinks(path: string): string[] {
  const raw = readFileSync(path).toString('latin1');
  const uris = [...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]!);
  const js = /\/JavaScript|\/JS\s/.test(raw) ? ['/JavaScript action'] : [];
  // Plain http(s) links (a note's or a source's URL) are citations, not active content.
  return [...js, ...uris.filter((u) => /^\s*(javascript|data|vbscript):/i.test(u))];
}
