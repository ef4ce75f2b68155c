import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { spawnCli } from './support';

/** A running `dossier serve` child, killable like a crashing app, with a small API client. */
export interface ServeProcess {
  url: string;
  origin: string;
  port: number;
  token: string;
  child: ChildProcess;
  /** stdout and stderr so far (for busy/stack-trace detection). */
  output(): string;
  /** POST /api/invoke with the bearer token; resolves to the ApiResult. */
  invoke<T = unknown>(method: string, args?: unknown): Promise<ApiReply<T>>;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export async function startServe(libraryPath: string, extra: string[] = []): Promise<ServeProcess> {
  const child = spawnCli(['serve', '--port', '0', '--json', '--library', libraryPath, ...extra]);
  let output = '';
  child.stderr!.on('data', (c: Buffer) => {
    if (output.length < 2_000_000) output += c.toString();
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`dossier serve did not start in 120 s: ${output}`)), 120_000);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolveUrl((JSON.parse(line) as { url: string }).url);
      } catch {
        reject(new Error(`dossier serve printed "${line}"`));
      }
      lines.on('line', (more) => (output += `${more}\n`));
    });
    child.once('exit', (code) => reject(new Error(`dossier serve exited with ${code}: ${output}`)));
  });
  const parsed = new URL(url);
  const origin = parsed.origin;
  const token = parsed.searchParams.get('token') ?? '';
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  return {
    url,
    origin,
    port: Number(parsed.port),
    token,
    child,
    output: () => output,
    async invoke<T>(method: string, args?: unknown): Promise<ApiReply<T>> {
      const res = await fetch(`${origin}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ method, args: args ?? {} }),
      });
      const text = await res.text();
      try {
        return JSON.parse(text) as ApiReply<T>;
      } catch {
        return { ok: false, error: { code: `HTTP_${res.status}`, message: text.slice(0, 200) } };
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Unwraps an ApiReply or throws with its code (for set-up steps that must succeed). */
export function valueOf<T>(reply: ApiReply<T>, what: string): T {
  if (!reply.ok) throw new Error(`${what} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}
