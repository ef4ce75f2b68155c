import type { WebPreferences } from 'electron';

/**
 * The window's web preferences, in one place so a test guards them: the page is sandboxed, has
 * no Node, runs isolated from the preload, cannot embed <webview>s, load insecure content or
 * navigate by dropping a file, and does not spellcheck (which would download dictionaries).
 */
export function secureWebPreferences(options: { preloadPath: string; allowDevTools: boolean }): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: options.allowDevTools,
  };
}
