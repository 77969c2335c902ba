import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import type { Edition } from '../../src/edition/edition.ts';
import { tocTargets } from '../../src/toc/targets.ts';
import { starlightTocSelectors } from '../../src/toc/vite-plugin-toc-targets.ts';
import { CoursePage } from './course-page.ts';
import { allPaths, instructorPaths } from './course-data.ts';

const pagesOf: Record<Edition, string[]> = {
	student: allPaths.filter((path) => !instructorPaths.includes(path)),
	instructor: allPaths,
};

for (const edition of ['student', 'instructor'] as const) {
	test(`on every page of the ${edition} edition, the table of contents watches exactly the elements Starlight's selector finds`, async ({
		page,
	}) => {
		// One page after another (about a second each for the largest on the two-core CI machine).
		test.setTimeout(180_000);
		const site = new CoursePage(page, edition);
		const checked: string[] = [];
		for (const path of pagesOf[edition]) {
			await site.goto(path);
			const toc = page.locator('starlight-toc');
			if ((await toc.count()) === 0) continue;
			// The heading selector Starlight's script builds from the table of contents' levels.
			const headingSelector = await toc.evaluate((element: HTMLElement) => {
				const min = Number(element.dataset['minH'] ?? 2);
				const max = Number(element.dataset['maxH'] ?? 3);
				const levels = Array.from({ length: 1 + max - min }, (_, index) => `h${min + index}`);
				return `h1#_top,:where(${levels.join()})[id]`;
			});
			const ours = await page.evaluateHandle(tocTargets, headingSelector);
			const comparison = await page.evaluate(
				([found, selectors, heading]) => {
					const all = [...document.querySelectorAll('*')];
					const describe = (element: Element) => `${all.indexOf(element)}:${element.localName}#${element.id}`;
					const starlight = document.querySelectorAll(
						selectors.map((selector) => selector.replaceAll('${}', heading)).join(),
					);
					return { ours: found.map(describe), starlight: [...starlight].map(describe) };
				},
				[ours, starlightTocSelectors, headingSelector] as const,
			);
			expect(comparison.ours, `${edition} ${path}`).toEqual(comparison.starlight);
			expect(comparison.ours.length, `${edition} ${path} watches its headings`).toBeGreaterThan(0);
			checked.push(path);
		}
		expect(checked.length, 'pages with a table of contents').toBeGreaterThan(pagesOf[edition].length / 2);
	});
}

test('the table of contents script that ships no longer scans the page with :has()', () => {
	for (const edition of ['student', 'instructor'] as const) {
		const assets = new URL(`../../dist/${edition}/_astro/`, import.meta.url);
		const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
		const toc = scripts.filter((name) => readFileSync(new URL(name, assets), 'utf8').includes('tocHeadingSelector'));
		expect(toc.length, `${edition}: the script defining Starlight's table of contents`).toBeGreaterThan(0);
		for (const name of toc) expect(readFileSync(new URL(name, assets), 'utf8'), name).not.toContain(':has(');
	}
});
