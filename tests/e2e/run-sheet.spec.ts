import { expect, test } from '@playwright/test';
import { readSessions } from '../../src/course/read-sessions.ts';
import { buildRunSheet, clockTime } from '../../src/course/run-sheet.ts';
import { runSheetConfig } from '../../src/course/run-sheet-config.ts';
import { CoursePage } from './course-page.ts';
import { docsDir } from './classroom-source.ts';

const days = buildRunSheet(readSessions(docsDir, process.cwd()), runSheetConfig);

test.describe('the run sheet', () => {
	test('shows every day block by block with the clock times computed from the metadata', async ({ page }) => {
		await new CoursePage(page, 'instructor').goto('/instructor/run-sheet/');
		expect(days.length).toBeGreaterThan(1);
		for (const day of days) {
			const section = page.locator(`section[data-day="${day.day}"]`);
			await expect(section.getByRole('heading', { level: 2 })).toContainText(
				`Day ${day.day} ${clockTime(day.start)}–${clockTime(day.end)}`,
			);
			const rows = await section
				.locator('tbody tr')
				.evaluateAll((trs) =>
					trs.map(
						(tr) => `${tr.getAttribute('data-start')}–${tr.getAttribute('data-end')} ${tr.getAttribute('data-kind')}`,
					),
				);
			expect(rows).toEqual(
				day.blocks.map((block) => `${clockTime(block.start)}–${clockTime(block.end)} ${block.kind}`),
			);
		}
	});

	test('flags a day that runs past the end of day, and only such a day', async ({ page }) => {
		await new CoursePage(page, 'instructor').goto('/instructor/run-sheet/');
		const overrunning = days.filter((day) => day.overrun > 0);
		expect(overrunning.length).toBeGreaterThan(0);
		await expect(page.locator('.run-sheet__overrun')).toHaveCount(overrunning.length);
		for (const day of overrunning) {
			await expect(page.locator(`section[data-day="${day.day}"] .run-sheet__overrun`)).toContainText(
				`past the end of day at ${clockTime(runSheetConfig.end)}`,
			);
		}
	});

	test('prints one page per day', async ({ page }) => {
		await new CoursePage(page, 'instructor').goto('/instructor/run-sheet/');
		await page.emulateMedia({ media: 'print' });
		const breaks = await page
			.locator('.run-sheet__day')
			.evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
		expect(breaks).toEqual(days.map((_, index) => (index === 0 ? 'auto' : 'page')));
		// And each day fits its page: the printed PDF has exactly one page per day.
		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(days.length);
	});

	test('does not exist in the student edition', async ({ page, request }) => {
		const response = await request.get(new CoursePage(page, 'student').url('/instructor/run-sheet/'));
		expect(response.status()).toBe(404);
	});
});
