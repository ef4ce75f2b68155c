import { existsSync } from 'node:fs';
import { chromium, errors } from 'playwright-core';
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
 * How long starting Chromium, loading the brief and printing it may each take. Playwright's own
 * 30 s for loading is short for a long brief on a busy machine (a hostile-pages run under a load
 * of 20 hit it); past these the reporter gets TIMEOUT, never an unexplained internal error.
 */
export const PRINT_STEP_TIMEOUT_MS = 120_000;

/** What went wrong while printing, said as a reporter can act on it. */
function printingError(err: unknown): DossierError {
  if (err instanceof DossierError) return err;
  if (err instanceof errors.TimeoutError)
    return new DossierError(
      'TIMEOUT',
      'Printing the brief to PDF took too long (the computer may be busy). Try again, or export a shorter brief.',
    );
  const detail = String((err as Error)?.message ?? err)
    .split('\n')[0]!
    .slice(0, 200);
  return new DossierError('INTERNAL', `Chromium could not print the brief to PDF: ${detail}`);
}

/**
 * Prints with a headless Chromium driven by Playwright. The page may load nothing: every request
 * other than data: URLs is aborted, so a brief can never reach the network while printing.
 */
export function createChromiumPdfPrinter(
  executablePath?: string,
  timeoutMs: number = PRINT_STEP_TIMEOUT_MS,
): PdfPrinter {
  return {
    async printHtmlToPdf(html) {
      const browser = await chromium
        .launch({
          executablePath: executablePath ?? findChromium(),
          args: CHROMIUM_ARGS,
          headless: true,
          timeout: timeoutMs,
        })
        .catch((err: unknown) => {
          throw printingError(err);
        });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        context.setDefaultTimeout(timeoutMs);
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
      } catch (err) {
        throw printingError(err);
      } finally {
        await browser.close();
      }
    },
  };
}
