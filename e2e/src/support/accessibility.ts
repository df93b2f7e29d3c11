import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2 level A and AA rules only: what the region's accessibility requirement asks for. */
const WCAG_AA: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
  resultTypes: ['violations'],
};
const BLOCKING: ReadonlyArray<axe.ImpactValue> = ['serious', 'critical'];

/**
 * Runs axe-core in the page as it is now and returns its serious and critical WCAG 2 A/AA violations, one
 * line per rule: its id, what to do, and the selectors of the offending elements (empty when there are none).
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy (rightly) refuses inline scripts.
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (options) => (globalThis as unknown as { axe: typeof axe }).axe.run(options),
    WCAG_AA,
  );
  return results.violations
    .filter((violation) => violation.impact && BLOCKING.includes(violation.impact))
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(' | ');
      const more = violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : '';
      return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}${more}`;
    });
}

/**
 * The same, once CSS transitions (a dialog fading in, a chip changing colour) have ended: measured
 * mid-way, an element's contrast is neither its old one nor its new one.
 */
export async function settledAccessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { getAnimations(): { finished: Promise<unknown> }[] };
    };
    return Promise.all(
      document.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
    );
  });
  return seriousAccessibilityViolations(page);
}
