import type { Session } from 'electron';
import { isAllowedRequestUrl, isAppUrl } from './policy/app-url';
import { CONTENT_SECURITY_POLICY } from '../../core';
import { isPermissionGranted } from './policy/permissions';
import { logShell } from './log';

/**
 * Locks down a session: the app is offline by design, so every request that is not for our
 * own files is cancelled before it leaves; every response carries our CSP; permissions and
 * device access are denied; the spellchecker (which downloads dictionaries) stays off.
 */
export function setupSessionSecurity(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) logShell(`blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  ses.webRequest.onHeadersReceived((details, callback) => {
    // Only our pages get our policy; the developer tools (the one other thing allowed to load)
    // keep their own.
    if (!isAppUrl(details.url)) {
      callback({});
      return;
    }
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });

  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl);
    if (!granted) logShell(`denied permission "${permission}"`);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  ses.setSpellCheckerEnabled(false);
}
