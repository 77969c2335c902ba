import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Edition } from '../../src/edition/edition.ts';
import { CoursePage } from './course-page.ts';
import { allPaths, instructorPaths } from './course-data.ts';
import { tocTargetsBesideStarlight } from './toc-targets.ts';

const pagesOf: Record<Edition, string[]> = {
	student: allPaths.filter((path) => !instructorPaths.includes(path)),
	instructor: allPaths,
};

/**
 * Axe's violations on the page as the reader sees it, every rule. Legacy mode runs axe in the page itself:
 * the default mode opens a second page to merge per-frame results, which our pages (no iframes) do not need
 * and which made a run five times slower; asking for violations only keeps axe from serialising every
 * passing node.
 */
async function accessibilityViolations(page: Page): Promise<string[]> {
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

for (const edition of ['student', 'instructor'] as const) {
	test.describe(`every page of the ${edition} edition`, () => {
		// A module page holds thousands of highlighted code tokens, each checked for contrast in both themes:
		// 20–30 s on the two-core CI machine with the other worker busy, so more room than the default 30 s.
		test.describe.configure({ timeout: 90_000 });
		for (const path of pagesOf[edition]) {
			test(`${path} has no axe violations in light or dark theme, loads nothing from outside the site, and its table of contents watches what Starlight's would`, async ({
				page,
			}) => {
				const site = new CoursePage(page, edition);
				const origin = new URL(site.url('/')).origin;
				const outside: string[] = [];
				page.on('request', (request) => {
					const url = new URL(request.url());
					if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:')
						outside.push(request.url());
				});
				await site.goto(path);
				// Our faster table of contents scan (src/toc/targets.ts) must watch what Starlight's selector would.
				const toc = await tocTargetsBesideStarlight(page);
				expect.soft(toc?.ours, `${edition} ${path}: what the table of contents watches`).toEqual(toc?.starlight);
				await page.evaluate(() => document.fonts.ready);
				// Code blocks and diagrams far below the fold are not rendered until the reader scrolls near them
				// (content-visibility), and axe cannot measure the contrast of text that is not rendered: render
				// everything, as the reader will see it.
				await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
				await site.setTheme('light');
				expect.soft(await accessibilityViolations(page), `${edition} ${path} in the light theme`).toEqual([]);
				await site.setTheme('dark');
				expect.soft(await accessibilityViolations(page), `${edition} ${path} in the dark theme`).toEqual([]);
				expect.soft(outside, `requests outside ${origin}`).toEqual([]);
			});
		}
	});
}
