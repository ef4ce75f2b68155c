import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningServer {
  /** The address printed by `dossier serve`, token included. */
  url: string;
  origin: string;
  port: number;
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
