import { connect, type Socket } from 'node:net';
import { rawRequest, streamBody } from './raw-http';
import type { ServeProcess } from './serve';
import { peakRssOf, sleep } from './support';

/**
 * Attacks on browser mode's HTTP server that need no browser: DNS-rebinding Host headers, path
 * traversal with encoded variants, oversized bodies (claimed and real), 500 concurrent
 * requests and slow headers. Each returns one line: what was tried and whether it got through.
 */
export interface Attack {
  name: string;
  accepted: boolean;
  detail: string;
}

const invokeHead = (
  port: number,
  host: string,
  token: string | null,
  length: number,
  type = 'application/json',
): string =>
  [
    'POST /api/invoke HTTP/1.1',
    `Host: ${host}`,
    `Content-Type: ${type}`,
    `Content-Length: ${length}`,
    ...(token ? [`Authorization: Bearer ${token}`] : []),
    'Connection: close',
  ].join('\n');

export async function httpAttacks(serve: ServeProcess): Promise<Attack[]> {
  const { port } = serve;
  // Scripts send the session (claimed with the one-time code) as a Bearer token.
  const token = (await serve.session()).value;
  const out: Attack[] = [];
  const stats = JSON.stringify({ method: 'getStats', args: {} });
  for (const host of [
    `evil.example:${port}`,
    `127.0.0.1.nip.io:${port}`,
    `localhost.:${port}`,
    `127.0.0.1:${port}.evil.example`,
    `[::1]:${port}`,
    '127.0.0.1',
    `0.0.0.0:${port}`,
  ]) {
    for (const withToken of [false, true]) {
      const r = await rawRequest(
        port,
        invokeHead(port, host, withToken ? token : null, Buffer.byteLength(stats)),
        stats,
      );
      out.push({
        name: `Host: ${host}${withToken ? ' (with token)' : ''}`,
        accepted: r.status === 200,
        detail: `HTTP ${r.status}`,
      });
    }
  }
  const traversals = [
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%252e%252e/%252e%252e/etc/passwd',
    '/assets/..%5c..%5c..%5cpackage.json',
    '/....//....//....//etc/passwd',
    '//etc/passwd',
    '/.%2e/.%2e/.%2e/package.json',
    '/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    '/assets/..\\..\\..\\package.json',
    '/..%00/..%00/etc/passwd',
    '/%2e%2e%2f%2e%2e%2fmain%2fcli.js',
    '/../main/cli.js',
  ];
  for (const path of traversals) {
    const r = await rawRequest(
      port,
      [`GET ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, `Authorization: Bearer ${token}`, 'Connection: close'].join(
        '\n',
      ),
    );
    const leaked = /root:x:0:|"dependencies"|require\(|use strict/.test(r.body);
    out.push({
      name: `path ${path}`,
      accepted: leaked,
      detail: `HTTP ${r.status}${leaked ? ' served a file outside the app' : ''}`,
    });
  }
  // A body that claims 5 GB: the server should refuse at once, not wait for it.
  const claimed = await rawRequest(
    port,
    invokeHead(port, `127.0.0.1:${port}`, token, 5 * 1024 ** 3),
    '{"method":',
    5000,
  );
  out.push({
    name: 'Content-Length: 5 GB (claimed)',
    accepted: claimed.status !== 413,
    detail: claimed.status ? `HTTP ${claimed.status}` : `no answer in 5 s (${claimed.error})`,
  });
  // A real 250 MB body: refused before it is all read (413), with the server's memory bounded.
  const before = peakRssOf(serve.child.pid) ?? 0;
  const big = 250 * 1024 * 1024;
  const real = await streamBody(port, invokeHead(port, `127.0.0.1:${port}`, token, big + 40), big);
  const after = peakRssOf(serve.child.pid) ?? 0;
  out.push({
    name: 'real 250 MB JSON body',
    accepted: real.status !== 413 || real.sentBytes >= big,
    detail: `HTTP ${real.status}, ${Math.round(real.sentBytes / 1048576)} MB sent before the answer; server peak RSS ${Math.round(before)} → ${Math.round(after)} MB`,
  });
  // 500 concurrent requests: all answered, server still up.
  const replies = await Promise.all(
    Array.from({ length: 500 }, () =>
      serve.invoke('getStats').then(
        (r) => r.ok,
        () => false,
      ),
    ),
  );
  const failed = replies.filter((ok) => !ok).length;
  out.push({
    name: '500 concurrent requests',
    accepted: false,
    detail: `${500 - failed} answered ok, ${failed} failed`,
  });
  // Slow headers: 200 sockets send half a request line and wait; a bounded server closes them.
  const sockets: Socket[] = [];
  let closed = 0;
  for (let i = 0; i < 200; i++) {
    const s = connect(port, '127.0.0.1');
    s.on('error', () => undefined);
    s.on('close', () => closed++);
    // Read what the server answers (its 408): a paused socket never sees the end, so never 'close'.
    s.resume();
    s.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
    sockets.push(s);
  }
  const probe = await (async () => {
    await sleep(2000);
    return serve.invoke('getStats').then(
      (r) => r.ok,
      () => false,
    );
  })();
  await sleep(20_000);
  out.push({
    name: '200 slow-header sockets (22 s)',
    accepted: closed < 100,
    detail: `${closed} of 200 closed by the server after 22 s; a normal request meanwhile ${probe ? 'answered' : 'FAILED'}`,
  });
  sockets.forEach((s) => s.destroy());
  const alive = await serve.invoke('getStats').then(
    (r) => r.ok,
    () => false,
  );
  out.push({ name: 'server still up after the attacks', accepted: !alive, detail: alive ? 'answers' : 'DOWN' });
  return out;
}
