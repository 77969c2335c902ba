import { expect, test } from '@playwright/test';
import { courseShortTitle, courseTitle } from '../../src/course/identity.ts';
import { CoursePage } from './course-page.ts';

/** The site title as the reader sees it: its visible text, and whether any of it is cut off. */
async function visibleTitle(page: import('@playwright/test').Page) {
	return page.locator('.site-title').evaluate((link) => {
		const shown = [...link.children].find((child) => getComputedStyle(child).display !== 'none');
		const wrapper = link.parentElement?.getBoundingClientRect();
		const box = shown?.getBoundingClientRect();
		return {
			text: shown?.textContent.trim() ?? '',
			// Cut off by its own box, or running under the search button beside it.
			clipped:
				!shown || shown.scrollWidth > Math.ceil(box?.width ?? 0) || (box?.right ?? 0) > (wrapper?.right ?? 0) + 0.5,
		};
	});
}

for (const width of [390, 360] as const) {
	test.describe(`on a phone ${String(width)} px wide`, () => {
		test.use({ viewport: { width, height: 800 } });

		for (const path of ['/', '/modules/fraud-detection/'] as const) {
			test(`${path} shows the short site title whole, and its link is named by it`, async ({ page }) => {
				await new CoursePage(page, 'student').goto(path);
				expect(await visibleTitle(page)).toEqual({ text: courseShortTitle, clipped: false });
				await expect(page.getByRole('link', { name: courseShortTitle, exact: true })).toBeVisible();
			});
		}

		test('the home page has a theme switch on screen, and it works', async ({ page }) => {
			const site = new CoursePage(page, 'student');
			await site.goto('/');
			const select = page.locator('starlight-theme-select select:visible');
			await expect(select).toHaveCount(1);
			await select.selectOption('dark');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		});
	});
}

test('a laptop shows the full site title, whole', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await new CoursePage(page, 'instructor').goto('/modules/fraud-detection/');
	expect(await visibleTitle(page)).toEqual({ text: courseTitle, clipped: false });
	// A page with a sidebar keeps Starlight's one switch, in the header: no second one.
	await expect(page.locator('starlight-theme-select select:visible')).toHaveCount(1);
});
