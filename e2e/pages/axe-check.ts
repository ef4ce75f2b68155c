import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/**
 * Serious and critical axe-core violations of the page as it is. The source is evaluated over the
 * DevTools protocol, so the app's strict CSP stays as it is.
 */
async function seriousViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const result = await engine.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** Checks the page in the light and the dark theme; the failure names the theme. */
export async function expectAxeCleanInBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(100);
    expect(await seriousViolations(page), `serious/critical axe violations in the ${colorScheme} theme`).toEqual([]);
  }
}
