import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '../../../preload/api';
import { ClientError, createClient } from './client';
import { createWebBridge } from './web-bridge';

/** A stand-in for the browser's EventSource that lets the test push server-sent events. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly handlers = new Map<string, (event: { data: string }) => void>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, handler: (event: { data: string }) => void) {
    this.handlers.set(name, handler);
  }
}

function respondWith(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('web bridge and client', () => {
  it('posts {method, args} to /api/invoke and unwraps the value', async () => {
    const fetchMock = respondWith(200, { ok: true, value: { total: 2, articles: [] } });
    const client = createClient(createWebBridge());
    await expect(client.listArticles({ limit: 5 })).resolves.toEqual({ total: 2, articles: [] });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/invoke');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(String(init.body))).toEqual({ method: 'listArticles', args: { limit: 5 } });
  });

  it('throws the core error as a ClientError with its code and message', async () => {
    respondWith(200, { ok: false, error: { code: 'NOT_FOUND', message: 'There is no article 9 in this library.' } });
    const error = await createClient(createWebBridge())
      .getArticle({ id: 9 as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'There is no article 9 in this library.' });
  });

  it('turns a 401 without a result, a non-JSON answer and a dead server into clear errors', async () => {
    respondWith(401, 'Unauthorized');
    await expect(createClient(createWebBridge()).getStats()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    respondWith(502, '<html>bad gateway</html>');
    await expect(createClient(createWebBridge()).getStats()).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('502'),
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(createClient(createWebBridge()).getStats()).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('dossier serve'),
    });
  });

  it('delivers server-sent events to listeners until they unsubscribe', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const bridge = createWebBridge();
    const seen: ImportProgress[] = [];
    const off = bridge.on('import:progress', (p) => seen.push(p));
    const source = FakeEventSource.last;
    expect(source?.url).toBe('/api/events');
    const progress = { batchId: 'b', done: 1, total: 2, currentFile: 'a.pdf', bytesDone: 1, bytesTotal: 2 };
    source?.handlers.get('import:progress')?.({ data: JSON.stringify(progress) });
    source?.handlers.get('import:progress')?.({ data: 'not json' });
    off();
    source?.handlers.get('import:progress')?.({ data: JSON.stringify(progress) });
    expect(seen).toEqual([progress]);
  });
});
