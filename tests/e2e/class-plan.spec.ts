import { expect, test } from '@playwright/test';
import { classPlan, defaultClassSize } from '../../src/labs/class-plan.ts';
import { readLabs } from '../../src/labs/read-labs.ts';
import { formatUsd } from '../../src/labs/card-content.ts';
import { CoursePage } from './course-page.ts';
import { docsDir } from './classroom-source.ts';
import { editionUrls } from './urls.ts';

const labs = readLabs(docsDir, process.cwd()).map((lab) => ({
	name: lab.displayName,
	href: `/${lab.slug}/`,
	day: lab.day,
	card: lab.card,
}));

/** The figures the page shows: every quota value and cost, in page order. */
async function figures(page: import('@playwright/test').Page): Promise<string[]> {
	return page.locator('[data-per-student], [data-usd-per-student]').allTextContents();
}

/** The same figures computed from the cards, in the page's order. */
function expected(size: number): string[] {
	const plan = classPlan(labs, size);
	const dayFigures = plan.days.flatMap((day) => [
		...day.labs.flatMap((entry) => [...entry.quotas.map((quota) => String(quota.value)), formatUsd(entry.costUsd)]),
		...day.quotas.map((quota) => String(quota.value)),
		formatUsd(day.costUsd),
	]);
	return [...dayFigures, ...plan.quotas.map((quota) => String(quota.value)), formatUsd(plan.costUsd)];
}

test.describe('the class plan', () => {
	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('shows the quotas and costs of a class of 12, computed from the lab cards', async ({ page }) => {
			await new CoursePage(page, 'instructor').goto('/instructor/class-plan/');
			await expect(page.getByLabel('Students in the class')).toHaveValue(String(defaultClassSize));
			expect(await figures(page)).toEqual(expected(defaultClassSize));
		});
	});

	test('recomputes every figure for the class size the instructor enters', async ({ page }) => {
		await new CoursePage(page, 'instructor').goto('/instructor/class-plan/');
		await page.getByLabel('Students in the class').fill('25');
		await expect(page.locator('output[data-class-size]')).toHaveText('25');
		expect(await figures(page)).toEqual(expected(25));
	});

	test('lists every lab by its last verification, oldest first', async ({ page }) => {
		await new CoursePage(page, 'instructor').goto('/instructor/class-plan/');
		const dates = await page
			.locator('tr[data-verified]')
			.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verified')));
		expect(dates).toHaveLength(labs.length);
		expect(dates).toEqual([...dates].sort());
	});

	test('does not exist in the student edition', async ({ request }) => {
		const response = await request.get(new URL('instructor/class-plan/', editionUrls.student).href);
		expect(response.status()).toBe(404);
	});
});
