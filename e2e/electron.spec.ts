import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * The desktop build, driven through Playwright's Electron support. It needs the Electron
 * binary, which `npm install` downloads from GitHub; where that download was impossible (an
 * offline machine, this project's CI container) the spec is skipped, and the same user flows
 * are covered in browser mode by app.spec.ts and security.spec.ts.
 */
const repoRoot = resolve(__dirname, '..');

/** The Electron binary, found without `require('electron')` (which would start a download). */
function findElectronBinary(): string | null {
  const packageDir = dirname(createRequire(join(repoRoot, 'package.json')).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override
    ? join(override, relative || 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : null;
  return binary !== null && existsSync(binary) ? binary : null;
}

const electronBinary = findElectronBinary();

test.skip(
  electronBinary === null,
  'No Electron binary is installed here (npm could not download it on this machine), so the desktop app cannot start. See README "Offline machines"; browser mode covers the same flows.',
);

let app: ElectronApplication;
let libraryDir: string;

test.beforeEach(async () => {
  libraryDir = mkdtempSync(join(tmpdir(), 'dossier-electron-'));
  app = await electron.launch({
    executablePath: electronBinary ?? undefined,
    args: [repoRoot, '--library', join(libraryDir, 'library.sqlite'), '--demo'],
    env: { ...process.env, DOSSIER_LIBRARY: '' },
  });
});

test.afterEach(async () => {
  await app.close();
  rmSync(libraryDir, { recursive: true, force: true });
});

test('the desktop app opens the demo library and reads an article', async () => {
  const page = await app.firstWindow();
  const dossier = new AppPage(page);
  await dossier.waitUntilReady();
  expect(page.url()).toBe('app://dossier/index.html');
  await expect(dossier.articleRows().first()).toBeVisible();
  await dossier.articleRows().first().click();
  await expect(page.getByTestId('reader-title')).not.toBeEmpty();
  await expect(dossier.readerBody()).not.toBeEmpty();
});

test('the page has the bridge and no Node', async () => {
  const page = await app.firstWindow();
  await new AppPage(page).waitUntilReady();
  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const bridge = w['dossier'] as Record<string, unknown> | undefined;
    return {
      bridgeMethods: bridge === undefined ? [] : Object.keys(bridge).sort(),
      platform: bridge?.['platform'],
      require: typeof w['require'],
      process: typeof w['process'],
      ipcRenderer: typeof w['ipcRenderer'],
    };
  });
  expect(globals).toEqual({
    bridgeMethods: ['invoke', 'on', 'pathForFile', 'platform'],
    platform: 'desktop',
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
  });
  const info = await page.evaluate(async () => {
    const bridge = (window as unknown as { dossier: { invoke(m: string, a?: unknown): Promise<unknown> } }).dossier;
    return bridge.invoke('getStats', undefined);
  });
  expect(info).toMatchObject({ ok: true, value: { articles: expect.any(Number) as unknown } });
});

test('the page cannot be navigated away or open windows', async () => {
  const page = await app.firstWindow();
  await new AppPage(page).waitUntilReady();
  // file: URLs, not http(s): an http(s) link makes the app ask (in a native dialog) whether to
  // open it in the system browser, which Playwright cannot answer.
  await page.evaluate(() => {
    window.open('file:///etc/hostname', '_blank');
    window.location.href = 'file:///etc/hostname';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://dossier/index.html');
  expect(app.windows()).toHaveLength(1);
});
