import { app, BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './policy/app-url';
import { secureWebPreferences } from './policy/web-preferences';
import { MIN_WINDOW_SIZE } from './policy/window-state';
import { loadWindowState, rememberWindowState } from './window-state-store';
import { logShell } from './log';

let mainWindow: BrowserWindow | null = null;

/** The app's one window, or null when it is closed (macOS keeps the app running). */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

/**
 * Shows the window, creating it if needed. The page is sandboxed with no Node, isolated from
 * the preload, and reaches the core only through the `window.dossier` bridge.
 */
export function showMainWindow(options: { preloadPath: string; title: () => string }): BrowserWindow {
  const existing = getMainWindow();
  if (existing !== null) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return existing;
  }
  const state = loadWindowState();
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: options.title(),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d1d1f' : '#ffffff',
    webPreferences: secureWebPreferences({ preloadPath: options.preloadPath, allowDevTools: !app.isPackaged }),
  });
  mainWindow = win;
  if (state.maximized) win.maximize();
  rememberWindowState(win);

  win.once('ready-to-show', () => win.show());
  // The page's <title> would replace ours; the window title names the open library instead.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  let reloadsAfterCrash = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    logShell(`the window's renderer stopped (${details.reason})`);
    // Reload a crashed page, but not forever: a page that keeps crashing stays down.
    if (details.reason !== 'clean-exit' && reloadsAfterCrash < 3 && !win.isDestroyed()) {
      reloadsAfterCrash += 1;
      win.reload();
    }
  });
  win.loadURL(APP_ENTRY_URL).catch((err: unknown) => logShell('could not load the app page', err));
  return win;
}
