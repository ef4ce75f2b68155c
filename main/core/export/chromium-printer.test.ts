import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../preload/contract/errors';
import { createChromiumPdfPrinter, findChromium } from './chromium-printer';

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();

async function failureOf(promise: Promise<unknown>): Promise<DossierError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DossierError) return err;
    throw new Error(`not a DossierError: ${String(err)}`, { cause: err });
  }
  throw new Error('printing did not fail');
}

describe('printing failures say what happened', () => {
  it.skipIf(!chromium)('a print that runs out of time is TIMEOUT with advice, not an internal error', async () => {
    const err = await failureOf(
      createChromiumPdfPrinter(chromium!, 1).printHtmlToPdf('<p>Brief</p>', { title: 'Brief' }),
    );
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toMatch(/took too long/u);
  });

  it('a Chromium that cannot start is named in the message', async () => {
    const err = await failureOf(
      createChromiumPdfPrinter('/nonexistent/chromium').printHtmlToPdf('<p>Brief</p>', { title: 'Brief' }),
    );
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toMatch(/^Chromium could not print the brief to PDF: /u);
  });
});
