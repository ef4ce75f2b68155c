import { test as base, expect } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { startServer, type RunningServer } from './server';

interface Fixtures {
  /** Options for the server: an empty library instead of the demo, or a hook that fills it first. */
  serverOptions: Parameters<typeof startServer>[0];
  server: RunningServer;
  app: AppPage;
}

/**
 * `server` is a real `dossier serve` on a fresh temporary library (the demo library unless
 * serverOptions says otherwise); `app` is the page already open on it, with the app shown.
 */
export const test = base.extend<Fixtures>({
  serverOptions: [{}, { option: true }],
  server: async ({ serverOptions }, use) => {
    const server = await startServer(serverOptions);
    await use(server);
    await server.stop();
  },
  app: async ({ page, server }, use) => {
    await page.goto(server.url);
    const app = new AppPage(page);
    await app.waitUntilReady();
    await use(app);
  },
});

export { expect };
