import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { spawnCli } from './support';

/** A running `dossier serve` child, killable like a crashing app, with a small API client. */
export interface ServeProcess {
  url: string;
  origin: string;
  port: number;
  /** The printed one-time access code: the first browser or script to use it gets the session. */
  token: string;
  child: ChildProcess;
  /**
   * The session this process claimed with the code (once, on first use), as the cookie a browser
   * would hold; `invoke` sends it as a Bearer token, and `openApp` puts it in a page's context.
   */
  session(): Promise<{ name: string; value: string }>;
  /** Records a session a browser claimed by opening `url` (the code is then spent). */
  adoptSession(session: { name: string; value: string }): void;
  /** Opens the app in a page with this process's session (no code in the address). */
  openApp(page: import('playwright-core').Page): Promise<void>;
  /** stdout and stderr so far (for busy/stack-trace detection). */
  output(): string;
  /** POST /api/invoke with this process's session; resolves to the ApiResult. */
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
  let claimed: Promise<{ name: string; value: string }> | null = null;
  const session = (): Promise<{ name: string; value: string }> => {
    claimed ??= fetch(`${origin}/?token=${encodeURIComponent(token)}`, { redirect: 'manual' }).then((res) => {
      const pair = res.headers.get('set-cookie')?.split(';')[0];
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 1) throw new Error(`the access code was refused (${res.status})`);
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1) };
    });
    return claimed;
  };
  return {
    url,
    origin,
    port: Number(parsed.port),
    token,
    child,
    output: () => output,
    session,
    adoptSession(adopted) {
      claimed = Promise.resolve(adopted);
    },
    async openApp(page) {
      const { name, value } = await session();
      await page.context().addCookies([{ name, value, url: `${origin}/` }]);
      await page.goto(`${origin}/`);
    },
    async invoke<T>(method: string, args?: unknown): Promise<ApiReply<T>> {
      const { value } = await session();
      const res = await fetch(`${origin}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${value}` },
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
