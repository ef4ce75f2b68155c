import { isAppUrl } from './app-url';

/**
 * Permissions the window may hold. Everything is denied (camera, microphone, geolocation,
 * notifications, HID, serial, USB, fullscreen requests, ...) except writing plain text to the
 * clipboard from our own page, which "copy citation" needs and which cannot leak anything.
 */
const GRANTED_TO_APP = new Set<string>(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string | null | undefined): boolean {
  if (!GRANTED_TO_APP.has(permission)) return false;
  return typeof requestingUrl === 'string' && isAppUrl(requestingUrl);
}
