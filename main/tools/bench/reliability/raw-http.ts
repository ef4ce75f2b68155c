import { connect, type Socket } from 'node:net';

/** HTTP/1.1 requests written by hand, so paths, Host headers and lengths go out exactly as given. */
export interface RawReply {
  status: number;
  headers: string;
  body: string;
  error?: string;
}

export function rawRequest(
  port: number,
  head: string,
  body: Buffer | string = '',
  timeoutMs = 15_000,
): Promise<RawReply> {
  return new Promise((done) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let data = '';
    const finish = (error?: string): void => {
      socket.destroy();
      const [headers = '', ...rest] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.\d (\d{3})/.exec(headers)?.[1] ?? 0);
      done({ status, headers, body: rest.join('\r\n\r\n').slice(0, 5000), ...(error ? { error } : {}) });
    };
    socket.setTimeout(timeoutMs, () => finish('timeout'));
    socket.on('data', (c: Buffer) => {
      if (data.length < 100_000) data += c.toString('latin1');
    });
    socket.on('end', () => finish());
    socket.on('error', (e) => finish(e.message));
    socket.write(`${head.replace(/\n/g, '\r\n')}\r\n\r\n`);
    if (body.length) socket.write(body);
  });
}

/** Sends a body of `bytes` in chunks (JSON-shaped), reporting the status and when the server answered. */
export function streamBody(port: number, head: string, bytes: number): Promise<RawReply & { sentBytes: number }> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    let sent = 0;
    let finished = false;
    const finish = (error?: string): void => {
      if (finished) return;
      finished = true;
      socket.destroy();
      const status = Number(/^HTTP\/1\.\d (\d{3})/.exec(data)?.[1] ?? 0);
      done({
        status,
        headers: data.split('\r\n\r\n')[0] ?? '',
        body: '',
        sentBytes: sent,
        ...(error ? { error } : {}),
      });
    };
    socket.on('data', (c: Buffer) => {
      data += c.toString('latin1');
      if (/\r\n\r\n/.test(data)) finish();
    });
    socket.on('error', (e) => finish(e.message));
    socket.on('close', () => finish('closed'));
    socket.setTimeout(60_000, () => finish('timeout'));
    socket.write(`${head.replace(/\n/g, '\r\n')}\r\n\r\n`);
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    socket.write('{"method":"getStats","args":{"pad":"');
    const pump = (): void => {
      while (sent < bytes && !finished) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      if (!finished) socket.write('"}}');
    };
    pump();
  });
}
