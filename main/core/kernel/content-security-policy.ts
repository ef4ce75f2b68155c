/**
 * The app page's Content-Security-Policy, sent by the Electron shell and by the browser-mode
 * server (and repeated in renderer/index.html). Nothing loads from anywhere but the app itself;
 * imported articles may show only embedded (data:) images.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
