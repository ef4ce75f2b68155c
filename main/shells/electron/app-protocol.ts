import { protocol } from 'electron';
import { APP_SCHEME } from './policy/app-url';
import { createAppFileHandler } from './policy/serve-app-file';
import { logShell } from './log';

/**
 * Declares `app://` a standard, secure scheme. Must run before the app is ready. "standard"
 * gives the page a real origin (relative URLs, ES modules, CSP 'self'); "secure" makes it a
 * secure context like https; fetch is supported for the page's own assets. CORS stays off, so
 * no other origin can read our files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from `rootDir` and nothing else (see createAppFileHandler). */
export function setupAppProtocol(rootDir: string): void {
  protocol.handle(
    APP_SCHEME,
    createAppFileHandler(rootDir, (url) => logShell(`refused app:// request outside the app: ${url.slice(0, 200)}`)),
  );
}
