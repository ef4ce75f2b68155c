/**
 * The Electron shell: lifecycle, the window, security, the IPC router and the menu. It is the
 * only code that imports `electron`; everything it serves comes from the core via openCore.
 * Boot order matters: the app:// scheme and the single-instance lock are claimed before
 * `ready`; sessions are locked down before the first window exists.
 */
import { join } from 'node:path';
import { app, session } from 'electron';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupIpcRouter } from './ipc-router';
import { LibrarySession } from './library-session';
import { getMainWindow, showMainWindow } from './main-window';
import { setupMenu } from './menu';
import { describeWindowTitle, type MenuContext } from './menu-actions';
import { setupSessionSecurity } from './session-security';
import { setupDownloads } from './downloads';
import { setupSingleInstance } from './single-instance';
import { openStartupLibrary } from './startup-library';
import { setupWebContentsGuards } from './web-contents-guards';
import { createElectronPdfPrinter } from './print-to-pdf';
import type { Core } from '../../core';
import { forwardCoreEvents } from './window-events';
import { logShell } from './log';
import { ImportActivity } from './policy/import-activity';

const PRELOAD_PATH = join(__dirname, '../preload/index.js');
const RENDERER_ROOT = join(__dirname, '../renderer');

app.enableSandbox();
registerAppScheme();

/** Set once the library is open; until then there is no window to show. */
let openedLibrary: LibrarySession | null = null;

const showWindowForSecondStart = (): void => {
  if (openedLibrary !== null) openWindow(openedLibrary);
};

if (setupSingleInstance(showWindowForSecondStart)) {
  setupWebContentsGuards();
  startApp().catch((err: unknown) => {
    logShell('Dossier could not start', err);
    app.exit(1);
  });
} else {
  app.quit();
}

async function startApp(): Promise<void> {
  await app.whenReady();
  setupSessionSecurity(session.defaultSession);
  setupDownloads(session.defaultSession);
  setupAppProtocol(RENDERER_ROOT);

  const library = new LibrarySession(app.getLocale());
  if (!(await openStartupLibrary(library, process.argv))) {
    app.quit();
    return;
  }
  const imports = new ImportActivity();
  const menu: MenuContext = { session: library, getWindow: getMainWindow, isImporting: () => imports.isImporting() };
  library.attach((core) => forwardCoreEvents(core.events, getMainWindow));
  library.attach((core) => trackImports(core, imports));
  library.attach(attachPdfPrinter);
  setupIpcRouter({ getApi: () => library.current()?.api ?? null, getWindow: getMainWindow });
  setupMenu(menu);
  setupAppLifecycle(library);
  openedLibrary = library;
  openWindow(library);
}

/** Briefs print to PDF with Electron's own Chromium, in a hidden offline window. */
function attachPdfPrinter(core: Core): () => void {
  core.host
    .setPdfPrinter({ printer: createElectronPdfPrinter() })
    .catch((err: unknown) => logShell('could not set the PDF printer', err));
  return () => {};
}

/** Follows the open library's imports, so a restore does not close it under one. */
function trackImports(core: Core, imports: ImportActivity): () => void {
  const off = core.events.on('import:progress', (progress) => imports.note(progress));
  return () => {
    off();
    imports.forget();
  };
}

/** Shows (or creates, or brings forward) the window. */
function openWindow(library: LibrarySession): void {
  showMainWindow({ preloadPath: PRELOAD_PATH, title: () => describeWindowTitle(library) });
}

function setupAppLifecycle(library: LibrarySession): void {
  // macOS keeps the app (and the library) open without windows; the Dock icon reopens it.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => openWindow(library));
  app.on('will-quit', () => library.closeCurrent());
}
