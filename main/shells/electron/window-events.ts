import type { BrowserWindow } from 'electron';
import { EVENT_NAMES, IPC_EVENT_CHANNEL, type DossierEventName, type DossierEvents } from '../../../preload/api';
import { isAppUrl } from './policy/app-url';
import type { CoreEventSource } from '../../core';

/** Sends one event to the window's page, only while it shows our own app. */
export function sendToWindow<E extends DossierEventName>(
  win: BrowserWindow | null,
  event: E,
  payload: DossierEvents[E],
): void {
  if (win === null || win.isDestroyed()) return;
  const contents = win.webContents;
  if (contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
  contents.send(IPC_EVENT_CHANNEL, event, payload);
}

/** Forwards every core event to the window; returns the unsubscribe. */
export function forwardCoreEvents(events: CoreEventSource, getWindow: () => BrowserWindow | null): () => void {
  const offs = EVENT_NAMES.map((name) => events.on(name, (payload) => sendToWindow(getWindow(), name, payload)));
  return () => {
    for (const off of offs) off();
  };
}
