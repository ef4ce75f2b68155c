import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { openSession } from './server';

const CLI = resolve(__dirname, '..', 'out', 'main', 'cli.js');

/** A saved web page whose article links out, runs script from a link, and loads a tracking pixel. */
const PAGE_WITH_LINKS = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Agency publishes the new chip rule</title>
<meta property="og:site_name" content="Security Test Wire"></head><body><article>
<h1>Agency publishes the new chip rule</h1>
<p>Regulators published the rule on a Tuesday. The full text is on the agency website, and the summary below covers what
changed for chip exporters, who now need a licence for accelerators above the new performance threshold.</p>
<p>Exporters had asked for more time. The agency gave them thirty days before the rule takes effect, and said it would
answer questions in writing. Industry groups said they were still reading the document.</p>
<p><a id="outbound" href="https://evil.example/phish">Read the rule on the agency website</a></p>
<p><a id="scripted" href="javascript:location.href='https://evil.example/js'">Summary of the changes</a></p>
<p><img src="https://tracker.example/pixel.gif" alt="tracker"></p>
</article></body></html>`;

/** Imports the page into the library with the real CLI before the server opens it. */
function seedArticleWithLinks(libraryPath: string): void {
  const file = join(dirname(libraryPath), 'rule.html');
  writeFileSync(file, PAGE_WITH_LINKS);
  execFileSync(process.execPath, [CLI, 'import', file, '--library', libraryPath, '--json']);
}

interface RawResponse {
  status: number;
  body: string;
}

function rawRequest(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

test('no request leaves 127.0.0.1 and the CSP is never violated during a whole session', async ({ page, server }) => {
  const requested: string[] = [];
  const cspViolations: string[] = [];
  page.context().on('request', (req) => requested.push(req.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(server.url);
  await expect(page.getByTestId('app-shell')).toBeVisible();

  const rows = page.getByTestId('article-row');
  await expect(rows.first()).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await rows.nth(i).click();
    await expect(page.getByTestId('reader-body')).toBeVisible();
  }
  await page.getByTestId('search-input').fill('Nvidia');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await page.getByTestId('search-hit').first().click();
  await page.getByTestId('entity-chip').first().click();
  await expect(page.getByTestId('view-entity')).toBeVisible();
  await page.getByTestId('sidebar-brief').click();
  await expect(page.getByTestId('brief-preview')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('app-shell')).toBeVisible();

  expect(requested.length).toBeGreaterThan(3);
  const foreign = requested.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url));
  expect(foreign).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test.describe('links inside articles', () => {
  test.use({ serverOptions: { prepare: seedArticleWithLinks } });

  test('cannot navigate the app away or open windows', async ({ app, page, server }) => {
    const foreign: string[] = [];
    page.context().on('request', (req) => {
      if (!req.url().startsWith(server.origin) && !/^(data|blob):/.test(req.url())) foreign.push(req.url());
    });
    await app.openArticleByTitle('Agency publishes the new chip rule');

    await app.readerBody().getByText('Read the rule on the agency website').click();
    await app.readerBody().getByText('Summary of the changes').click();
    await page.waitForTimeout(500);

    expect(new URL(page.url()).origin).toBe(server.origin);
    expect(page.context().pages()).toHaveLength(1);
    await expect(page.getByTestId('reader-title')).toHaveText('Agency publishes the new chip rule');
    await expect(app.readerBody().locator('img[src^="http"]')).toHaveCount(0);
    expect(foreign).toEqual([]);
  });
});

test.describe('the HTTP transport', () => {
  test('refuses requests without the token, from other sites, or for other hosts', async ({ server }) => {
    const invoke = JSON.stringify({ method: 'getStats', args: {} });
    const json = { 'Content-Type': 'application/json', Host: `127.0.0.1:${server.port}` };

    expect((await rawRequest(server.port, { path: '/', headers: { Host: `127.0.0.1:${server.port}` } })).status).toBe(
      401,
    );
    expect(
      (await rawRequest(server.port, { path: '/api/invoke', method: 'POST', headers: json, body: invoke })).status,
    ).toBe(401);
    expect(
      (await rawRequest(server.port, { path: '/api/events', headers: { Host: `127.0.0.1:${server.port}` } })).status,
    ).toBe(401);

    const auth = { ...json, Cookie: await openSession(server) };
    const wrongToken = await rawRequest(server.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: { ...json, Authorization: 'Bearer nope' },
      body: invoke,
    });
    expect(wrongToken.status).toBe(401);

    const foreignOrigin = await rawRequest(server.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: { ...auth, Origin: 'https://evil.example' },
      body: invoke,
    });
    expect(foreignOrigin.status).toBe(403);

    const rebinding = await rawRequest(server.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: { ...auth, Host: `evil.example:${server.port}` },
      body: invoke,
    });
    expect([403, 421]).toContain(rebinding.status);

    const allowed = await rawRequest(server.port, {
      path: '/api/invoke',
      method: 'POST',
      headers: { ...auth, Origin: server.origin },
      body: invoke,
    });
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.body)).toMatchObject({ ok: true, value: { articles: expect.any(Number) } });
  });

  test('keeps the token out of the address bar and in an HttpOnly cookie', async ({ page, server }) => {
    await page.goto(server.url);
    await expect(page.getByTestId('app-shell')).toBeVisible();
    expect(page.url()).not.toContain(server.token);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.value)).not.toContain(server.token);
    const tokenCookie = cookies.find((c) => c.name === `dossier_session_${server.port}`);
    expect(tokenCookie?.httpOnly).toBe(true);
    expect(tokenCookie?.sameSite).toBe('Strict');
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});
