import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { DossierError } from '../../../preload/contract/errors';
import type { PdfPrinter } from './pdf-printer';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to print with: $DOSSIER_CHROMIUM, else the system's. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.DOSSIER_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) {
    throw new DossierError(
      'INTERNAL',
      'PDF export needs Chromium. Install it, or point $DOSSIER_CHROMIUM at a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * Prints with a headless Chromium driven by Playwright. The page may load nothing: every request
 * other than data: URLs is aborted, so a brief can never reach the network while printing.
 */
export function createChromiumPdfPrinter(executablePath?: string): PdfPrinter {
  return {
    async printHtmlToPdf(html) {
      const browser = await chromium.launch({
        executablePath: executablePath ?? findChromium(),
        args: CHROMIUM_ARGS,
        headless: true,
      });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        const page = await context.newPage();
        await page.route('**/*', (route) =>
          route.request().url().startsWith('data:') ? route.continue() : route.abort('blockedbyclient'),
        );
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          outline: true,
          tagged: true,
          displayHeaderFooter: false,
        });
        return Buffer.from(pdf);
      } finally {
        await browser.close();
      }
    },
  };
}
