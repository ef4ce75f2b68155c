import type { DossierBridge } from '../../../preload/api';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    dossier?: DossierBridge;
  }
}

/** The desktop preload's bridge when present, otherwise the HTTP bridge of browser mode. */
export function chooseBridge(win: Window = window): DossierBridge {
  return win.dossier ?? createWebBridge();
}
