import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Edition } from '../../src/edition/edition.ts';
import { CoursePage } from './course-page.ts';
import { allPaths, instructorPaths } from './course-data.ts';

const pagesOf: Record<Edition, string[]> = {
	student: allPaths.filter((path) => !instructorPaths.includes(path)),
	instructor: allPaths,
};

for (const edition of ['student', 'instructor'] as const) {
	test.describe(`every page of the ${edition} edition`, () => {
		for (const path of pagesOf[edition]) {
			test(`${path} is accessible in light and dark themes and loads nothing from outside the site`, async ({
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
				for (const theme of ['light', 'dark'] as const) {
					await site.setTheme(theme);
					const results = await new AxeBuilder({ page }).analyze();
					const violations = results.violations.map(
						(violation) =>
							`${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n    ${violation.nodes
								.slice(0, 5)
								.map((node) => node.target.join(' '))
								.join('\n    ')}`,
					);
					expect(violations, `${edition} ${path} in ${theme} theme`).toEqual([]);
				}
				expect(outside, `requests outside ${origin}`).toEqual([]);
			});
		}
	});
}
