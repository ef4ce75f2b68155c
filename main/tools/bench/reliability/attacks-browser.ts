import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Attack } from './attacks-http';
import { rawRequest } from './raw-http';
import type { ServeProcess } from './serve';
import { CHROMIUM_ARGS } from './xss';

/**
 * Attacks that need a browser holding a real session: a page on another 127.0.0.1 port (another
 * local origin) tries form posts with text/plain, no-cors fetches, and jamming the session with
 * a cookie of the same name; the printed address is reused in a fresh profile; the token must
 * not leave through the address bar or a Referer.
 */

function attackerPage(target: string, port: number): string {
  const payload = (body: string): string => JSON.stringify({ method: 'createNote', args: { body } });
  return `<!doctype html><html><body>
<form id="f" method="POST" action="${target}/api/invoke" enctype="text/plain" target="sink">
<input name='${payload('csrf-form').slice(0, -3)}' value='"}}'></form>
<iframe name="sink"></iframe>
<script>
document.getElementById('f').submit();
fetch('${target}/api/invoke', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: '${payload('csrf-nocors-text')}' });
fetch('${target}/api/invoke', { method: 'POST', mode: 'no-cors', credentials: 'include', body: new Blob(['${payload('csrf-nocors-blob')}'], { type: 'application/json' }) });
document.cookie = 'dossier_session_${port}=jammed; path=/api';
document.cookie = 'dossier_session_${port}=jammed; path=/';
</script></body></html>`;
}

function startAttacker(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(html);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

export async function browserAttacks(serve: ServeProcess): Promise<Attack[]> {
  const out: Attack[] = [];
  const { server, url: attackerUrl } = await startAttacker(attackerPage(serve.origin, serve.port));
  const browser = await chromium.launch({
    executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(serve.url);
    await page.getByTestId('app-shell').waitFor({ timeout: 30_000 });
    // The page spent the one-time code: the bench's own API calls use the session it got.
    const held = (await context.cookies()).find((c) => c.name.startsWith('dossier_session_'));
    if (held) serve.adoptSession({ name: held.name, value: held.value });
    out.push({
      name: 'token left in the address bar',
      accepted: page.url().includes(serve.token),
      detail: page.url().replace(serve.token, 'TOKEN'),
    });
    const redirect = await rawRequest(
      serve.port,
      [`GET /?token=${serve.token} HTTP/1.1`, `Host: 127.0.0.1:${serve.port}`, 'Connection: close'].join('\n'),
    );
    const policy = /referrer-policy:\s*no-referrer/i.test(redirect.headers);
    out.push({
      name: 'token leak through Referer',
      accepted: !policy,
      detail: policy ? 'Referrer-Policy: no-referrer' : 'no Referrer-Policy on the token answer',
    });

    const attacker = await context.newPage();
    await attacker.goto(attackerUrl);
    await attacker.waitForTimeout(1500);
    const notes = await serve.invoke<{ body: string }[]>('listNotes', {});
    const bodies = notes.ok ? notes.value.map((n) => n.body) : [];
    for (const kind of ['csrf-form', 'csrf-nocors-text', 'csrf-nocors-blob']) {
      const hit = bodies.some((b) => b.includes(kind));
      out.push({
        name: `CSRF from another local origin: ${kind}`,
        accepted: hit,
        detail: hit ? 'a note was created' : 'refused',
      });
    }
    // Session jamming: after the other origin set a cookie of the same name, does the app still work?
    await page.reload();
    await page
      .getByTestId('app-shell')
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined);
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: 'getStats', args: {} }),
      });
      return r.status;
    });
    let jammed = status !== 200;
    if (jammed) {
      await page.goto(serve.url);
      const again = await page.evaluate(
        async () =>
          (
            await fetch('/api/invoke', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: '{"method":"getStats","args":{}}',
            })
          ).status,
      );
      jammed = again !== 200;
    }
    out.push({
      name: 'session jammed by a cookie from another local port',
      accepted: jammed,
      detail: `API answered ${status} after the attacker page${jammed ? ', still failing after reopening the printed address' : ''}`,
    });
    await context.close();

    // The "one-time" token reused in a fresh profile.
    const fresh = await browser.newContext();
    const second = await fresh.newPage();
    await second.goto(serve.url);
    const works = await second
      .getByTestId('app-shell')
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    out.push({
      name: 'printed address reused in a fresh profile',
      accepted: works,
      detail: works ? 'the token worked a second time' : 'refused',
    });
    await fresh.close();
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
