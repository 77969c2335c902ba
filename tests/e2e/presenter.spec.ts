import { expect, test, type Page } from '@playwright/test';
import { CoursePage } from './course-page.ts';
import { pagesWithDiagramAndNotes } from './course-source.ts';

const [modulePage] = pagesWithDiagramAndNotes.filter((path) => path.startsWith('/modules/'));
const path = modulePage ?? '/';

/** Everything presenter mode must hide: instructor notes, the banner and panels marked instructor-only. */
const instructorMaterial = '.instructor-note, .instructor-banner, [data-instructor-only]';

async function visibleCount(page: Page, selector: string): Promise<number> {
	return page
		.locator(selector)
		.evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
}

test.describe('presenter mode in the instructor edition', () => {
	test('hides every instructor note and the banner, says so, survives a reload and comes back when switched off', async ({
		page,
	}) => {
		const site = new CoursePage(page, 'instructor');
		await site.goto(path);
		const before = await visibleCount(page, instructorMaterial);
		expect(before).toBeGreaterThan(1);
		const badge = page.getByText('Presenter mode: instructor notes hidden');
		await expect(badge).toBeHidden();

		await page.getByRole('button', { name: 'Presenter mode: hide notes' }).click();
		expect(await visibleCount(page, instructorMaterial)).toBe(0);
		await expect(badge).toBeVisible();

		await page.reload();
		expect(await visibleCount(page, instructorMaterial)).toBe(0);
		await expect(badge).toBeVisible();
		// Another page of the same browser: still hidden.
		await site.goto('/architecture-review/');
		expect(await visibleCount(page, '.instructor-note')).toBe(0);
		expect(await page.locator('.instructor-note').count()).toBeGreaterThan(0);

		await page.getByRole('button', { name: 'Show notes' }).click();
		await expect(badge).toBeHidden();
		await site.goto(path);
		expect(await visibleCount(page, instructorMaterial)).toBe(before);
	});

	test('follows ?present and ?present=off in the address and remembers them', async ({ page }) => {
		const site = new CoursePage(page, 'instructor');
		await site.goto(`${path}?present`);
		expect(await visibleCount(page, instructorMaterial)).toBe(0);
		await site.goto(path);
		expect(await visibleCount(page, instructorMaterial)).toBe(0);
		await site.goto(`${path}?present=off`);
		expect(await visibleCount(page, '.instructor-note')).toBeGreaterThan(0);
		await site.goto(path);
		expect(await visibleCount(page, '.instructor-note')).toBeGreaterThan(0);
	});

	test('does not exist in the student edition', async ({ page }) => {
		const site = new CoursePage(page, 'student');
		await site.goto(`${path}?present`);
		await expect(page.locator('[data-presenter-toggle], [data-presenter-badge]')).toHaveCount(0);
		expect(await page.locator('html').getAttribute('data-presenter')).toBeNull();
	});
});
