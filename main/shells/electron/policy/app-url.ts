import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The app's own origin. The window loads `app://dossier/index.html`, served by a privileged
 * custom protocol from out/renderer only. A standard, secure custom scheme gives the page a
 * real origin (so CSP 'self' means "our files" and ES modules load), while file:// would make
 * every file on the disk same-scheme with the page.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for any URL of our own origin (`app://dossier/...`). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * Decides whether the window may make a request at all. The app is offline by design: only our
 * own files, in-memory data (data:, blob: of our origin) and the developer tools are allowed;
 * http(s), ws, file:// and every other scheme are cancelled before they leave the process.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  switch (parsed.protocol) {
    case 'data:':
      return true;
    case 'blob:':
      // blob:app://dossier/<uuid>: a blob our own page created.
      return url.startsWith(`blob:${APP_ORIGIN}/`);
    case 'devtools:':
      return true;
    default:
      return false;
  }
}

/**
 * Maps an app:// URL to a file under `rootDir`, or null when the URL is not ours or would leave
 * the root (`..`, encoded slashes, absolute paths, NUL bytes). The query and fragment are ignored.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  const rel = relative(root, file);
  if (rel === '' || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return file;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The Content-Type for one of our files; unknown extensions are served as opaque bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
