import type { Core } from '../../../core';
import type { CommandInput } from '../command';

/**
 * Waits until OCR has read every pending page, telling the reporter (on stderr) each page read:
 * "OCR #12: page 2 of 5". Without a terminal, the same lines go to stderr, never to --json stdout.
 */
export async function waitForOcr(core: Core, input: Pick<CommandInput, 'warn' | 'json'>): Promise<void> {
  const off = core.events.on('ocr:progress', (p) => {
    if (p.page === null || input.json) return;
    input.warn(`OCR #${p.articleId}: page ${p.ocrPagesFinished} of ${p.ocrPages} read`);
  });
  try {
    await core.host.waitForOcr();
  } finally {
    off();
  }
}
