import { CONTENT_SECURITY_POLICY } from '../../../core';

/** Headers every response of the app:// protocol carries (the CSP is shared with browser mode). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
