import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Axe's violations on the page as the reader sees it, every rule. Legacy mode runs axe in the page itself:
 * the default mode opens a second page to merge per-frame results, which our pages (no iframes) do not need
 * and which made a run five times slower; asking for violations only keeps axe from serialising every
 * passing node.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n    ${violation.nodes
				.slice(0, 5)
				.map((node) => node.target.join(' '))
				.join('\n    ')}`,
	);
}
