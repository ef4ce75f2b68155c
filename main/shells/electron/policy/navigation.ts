import { isAppUrl } from './app-url';

/**
 * The window never leaves the app. A renderer-initiated navigation is allowed only to our own
 * origin (the app reloading its own page); links, form posts and scripts that try to load any
 * other page are stopped. Redirects are never followed: our protocol does not issue any.
 */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Returns the link to offer to the system browser, or null when the URL must not be handed
 * out. Only parsed http(s) URLs without embedded credentials qualify; javascript:, file:,
 * custom schemes and anything unparsable are refused.
 */
export function toExternalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  return parsed.href;
}
