import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request } from 'node:http';
import { createInterface } from 'node:readline';

export interface RunningServer {
  /** The address printed by `dossier serve`, its one-time access code included. */
  url: string;
  origin: string;
  port: number;
  /** The one-time access code: it opens one session, in the first browser (or script) that uses it. */
  token: string;
  libraryPath: string;
  stop(): Promise<void>;
}

const CLI = resolve(__dirname, '..', 'out', 'main', 'cli.js');

/**
 * Starts the real browser-mode server (the built CLI) on a fresh temporary library and waits
 * for the address it prints. `prepare` may fill the library before the server opens it.
 */
export async function startServer(
  options: { empty?: boolean; prepare?: (libraryPath: string) => void | Promise<void> } = {},
): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const libraryPath = join(dir, 'library.sqlite');
  await options.prepare?.(libraryPath);
  const args = [CLI, 'serve', '--port', '0', '--json', '--library', libraryPath, ...(options.empty ? ['--empty'] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new Error(`dossier serve did not start in time. stderr:\n${stderr}`)),
      30_000,
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolveUrl((JSON.parse(line) as { url: string }).url);
      } catch {
        reject(new Error(`dossier serve printed "${line}" instead of {"url"}. stderr:\n${stderr}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`dossier serve exited with ${code}. stderr:\n${stderr}`)));
  });

  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token: parsed.searchParams.get('token') ?? '',
    libraryPath,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Trades the server's one-time code for a session, as a browser opening the printed address
 * does, and returns the Cookie header that carries it (for tests that send raw requests; a page
 * opened on `server.url` afterwards is refused, as the code is spent).
 */
export function openSession(server: RunningServer): Promise<string> {
  return new Promise((resolveCookie, reject) => {
    const path = `/?token=${encodeURIComponent(server.token)}`;
    request({ host: '127.0.0.1', port: server.port, path, headers: { Host: `127.0.0.1:${server.port}` } }, (res) => {
      res.resume();
      const setCookie = res.headers['set-cookie']?.[0];
      if (res.statusCode === 303 && setCookie) resolveCookie(setCookie.split(';')[0]!);
      else reject(new Error(`the access code was refused (${res.statusCode})`));
    })
      .on('error', reject)
      .end();
  });
}
