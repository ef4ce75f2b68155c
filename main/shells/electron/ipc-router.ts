import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE_CHANNEL, type ApiResult, type DossierApi } from '../../../preload/api';
import { dispatch } from '../../core';
import { checkInvokeMessage } from './policy/invoke-message';
import { isTrustedSender } from './policy/sender';
import { logShell } from './log';

export interface IpcRouterDeps {
  /** The API of the library open now, or null between libraries. */
  getApi(): DossierApi | null;
  /** The one window allowed to call the API. */
  getWindow(): BrowserWindow | null;
}

/**
 * The one IPC entry point. Every call is checked (sender, method name, argument shape) and
 * answered with an ApiResult; raw errors never cross to the renderer. Returns the teardown.
 */
export function setupIpcRouter(deps: IpcRouterDeps): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, args: unknown) => routeInvoke(deps, event, method, args));
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}

async function routeInvoke(
  deps: IpcRouterDeps,
  event: IpcMainInvokeEvent,
  method: unknown,
  args: unknown,
): Promise<ApiResult<unknown>> {
  const win = deps.getWindow();
  const frame = event.senderFrame;
  const trusted = isTrustedSender(
    {
      webContentsId: event.sender.id,
      isMainFrame: frame !== null && frame.parent === null,
      frameUrl: frame?.url ?? null,
    },
    win === null || win.isDestroyed() ? null : win.webContents.id,
  );
  if (!trusted) {
    logShell(`ignored an API call from an untrusted sender (${frame?.url.slice(0, 200) ?? 'no frame'})`);
    return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This page may not use the Dossier API.' } };
  }
  const checked = checkInvokeMessage(method, args);
  if (!checked.ok) return checked;
  const api = deps.getApi();
  if (api === null)
    return { ok: false, error: { code: 'NOT_FOUND', message: 'No library is open. Use File > Open Library….' } };
  return dispatch(api, checked.method, checked.args, logShell);
}
