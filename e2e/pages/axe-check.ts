import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core inside the real app page and returns its serious and critical violations (as
 * accessibility.spec.ts does). The source is evaluated over the DevTools protocol, so the app's
 * strict CSP stays as it is.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const result = await engine.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  });
}

/** Checks the page in the light and the dark theme; the failure names the theme. */
export async function expectAccessibleInBothThemes(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Let transitions and the theme's custom properties settle before measuring contrast.
    await page.waitForTimeout(100);
    expect(await seriousViolations(page), `serious/critical axe violations (${what}, ${colorScheme} theme)`).toEqual(
      [],
    );
  }
}

/** The same check, for specs that have no name for what they show. */
export async function expectAxeCleanInBothThemes(page: Page): Promise<void> {
  await expectAccessibleInBothThemes(page, 'the page');
}
