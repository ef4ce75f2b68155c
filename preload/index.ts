/**
 * The preload bridge: runs sandboxed, before the page, in an isolated world. It exposes one
 * object, `window.dossier` (a DossierBridge), and never ipcRenderer itself, so the page can
 * only call API methods through the one checked channel and hear the app's own events.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  EVENT_NAMES,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type ApiResult,
  type ApiValue,
  type DossierBridge,
  type DossierEventName,
} from './api';

type AnyListener = (payload: unknown) => void;
const listeners = new Map<DossierEventName, Set<AnyListener>>();

function isEventName(name: unknown): name is DossierEventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

// One IPC listener for all events, fanned out here, so the page can subscribe any number of
// times without piling up listeners on the channel.
ipcRenderer.on(IPC_EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (!isEventName(name)) return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const bridge = {
  invoke(method, args) {
    // The main process answers every call with an ApiResult (see main/shells/electron/ipc-router.ts).
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, args) as Promise<ApiResult<ApiValue<typeof method>>>;
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`Dossier has no event "${String(event)}".`);
    const set = listeners.get(event) ?? new Set<AnyListener>();
    listeners.set(event, set);
    const wrapped: AnyListener = (payload) => listener(payload as Parameters<typeof listener>[0]);
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
  platform: 'desktop',
  pathForFile(file) {
    return webUtils.getPathForFile(file as File);
  },
} satisfies DossierBridge;

contextBridge.exposeInMainWorld('dossier', bridge);
