import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/** A page on another 127.0.0.1 port that sets cookies of Dossier's session name, over HTTP and from script. */
async function startJammingPage(dossierPort: number): Promise<{ origin: string; close(): Promise<void> }> {
  const name = `dossier_session_${dossierPort}`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html',
      'Set-Cookie': [`${name}=jammed-by-header; Path=/api`, `${name}=jammed-invoke; Path=/api/invoke`],
    });
    res.end(`<!doctype html><title>other app</title><script>
      document.cookie = '${name}=jammed-by-script; path=/api';
      document.cookie = '${name}=jammed-root; path=/';
    </script><p id="done">set</p>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

test.describe('the browser-mode session', () => {
  test('is not jammed by cookies of the same name set from another local port', async ({ app, page, server }) => {
    await expect(app.articleRows().first()).toBeVisible();
    const jamming = await startJammingPage(server.port);
    try {
      await page.goto(`${jamming.origin}/`);
      await expect(page.locator('#done')).toHaveText('set');
      const jammed = (await page.context().cookies()).filter(
        (c) => c.name === `dossier_session_${server.port}` && c.value.startsWith('jammed'),
      );
      expect(jammed.map((c) => c.path).sort()).toEqual(['/api', '/api/invoke']);

      await page.goto(`${server.origin}/`);
      await app.waitUntilReady();
      await expect(app.articleRows().first()).toBeVisible();
      expect(await app.articleRows().count()).toBeGreaterThan(5);
    } finally {
      await jamming.close();
    }
  });

  test('lets the printed address in once: another profile opening it is told why it is refused', async ({
    app,
    browser,
    server,
  }) => {
    await expect(app.articleRows().first()).toBeVisible();
    const freshProfile = await browser.newContext();
    try {
      const other = await freshProfile.newPage();
      const answer = await other.goto(server.url);
      expect(answer?.status()).toBe(401);
      await expect(other.locator('body')).toContainText('used already');
      await expect(other.locator('body')).toContainText('start it again');
    } finally {
      await freshProfile.close();
    }
  });
});
