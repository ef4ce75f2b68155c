import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveAppFile } from './app-url';
import { SECURITY_HEADERS } from './security-headers';

/**
 * Answers one app:// request from the files under `rootDir` (the built renderer), with our
 * security headers. Anything outside the root, any other host of the scheme, a missing file or
 * a method other than GET/HEAD gets an error status, never a file. Plain Node (fetch's
 * Request/Response), so it is tested without Electron; app-protocol.ts plugs it in.
 */
export function createAppFileHandler(
  rootDir: string,
  onRefused: (url: string) => void = () => {},
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (file === null) {
      onRefused(request.url);
      return textResponse(404, 'Not found');
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' },
    });
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
