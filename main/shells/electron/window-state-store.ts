import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { fitWindowState, parseWindowState, type WindowState } from './policy/window-state';
import { logShell } from './log';

function stateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

/** The remembered window state, validated and fitted to the displays connected now. */
export function loadWindowState(): WindowState {
  let saved: WindowState | null = null;
  try {
    saved = parseWindowState(JSON.parse(readFileSync(stateFile(), 'utf8')) as unknown);
  } catch {
    // First start, or a damaged file: open at the default size.
  }
  return fitWindowState(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
}

/** Saves the window's size, position and maximized state when it closes. */
export function rememberWindowState(win: BrowserWindow): void {
  win.on('close', () => {
    const bounds = win.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: win.isMaximized() };
    try {
      // Write then rename, so a crash mid-write never leaves a half file behind.
      const file = stateFile();
      writeFileSync(`${file}.tmp`, JSON.stringify(state));
      renameSync(`${file}.tmp`, file);
    } catch (err) {
      logShell('could not save the window state', err);
    }
  });
}
