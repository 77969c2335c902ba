import { expect, test, type Page } from '@playwright/test';
import { CoursePage } from './course-page.ts';
import { sessions, formatHours, formatMinutes, sessionPath } from './course-data.ts';
import { buildRunSheet, clockTime } from '../../src/course/run-sheet.ts';
import { runSheetConfig } from '../../src/course/run-sheet-config.ts';

const modules = sessions.filter((entry) => entry.data.session?.kind === 'module');

/** The text of the `##` section with the given heading, up to the next `##`. */
async function sectionText(page: Page, heading: string | RegExp): Promise<string> {
	return page.evaluate(
		(source) => {
			const matcher = new RegExp(source);
			const headings = [...document.querySelectorAll('.sl-markdown-content h2')];
			const start = headings.find((h) => matcher.test(h.textContent));
			if (!start) return '';
			let text = '';
			let node = (start.closest('.sl-heading-wrapper') ?? start).nextElementSibling;
			while (node && !node.matches('.sl-heading-wrapper.level-h2, h2')) {
				text += `${node.textContent}\n`;
				node = node.nextElementSibling;
			}
			return text;
		},
		typeof heading === 'string' ? `^${heading}$` : heading.source,
	);
}

test.describe('every module page', () => {
	test('the course has four modules', () => {
		expect(modules.map((entry) => entry.data.session?.number)).toEqual([1, 2, 3, 4]);
	});

	for (const entry of modules) {
		const session = entry.data.session;
		if (!session) continue;
		test(`Module ${session.number} has every part a module needs`, async ({ page }) => {
			const student = new CoursePage(page, 'student');
			await student.goto(sessionPath(entry));
			const header = page.locator('.session-header');
			for (const objective of session.objectives) await expect(header).toContainText(objective);
			for (const topic of session.lecture?.topics ?? [])
				await expect(header).toContainText(`${topic.title} ${formatMinutes(topic.minutes)}`);
			await expect(header).toContainText(formatHours(session.hours));

			const h2 = page.locator('.sl-markdown-content h2');
			await expect(h2.filter({ hasText: /^Concepts$/ })).toHaveCount(1);
			await expect(h2.filter({ hasText: /^Architecture$/ })).toHaveCount(1);
			await expect(h2.filter({ hasText: /^Lab: / })).toHaveCount(1);
			await expect(h2.filter({ hasText: /^Advanced topics$/ })).toHaveCount(1);
			expect(await page.locator('figure.diagram').count()).toBeGreaterThanOrEqual(1);

			const lab = await sectionText(page, /^Lab: /);
			const steps = await page.locator('.sl-markdown-content h3', { hasText: /^Step \d+/ }).allTextContents();
			expect(steps.length).toBeGreaterThanOrEqual(4);
			expect(steps.at(-1)).toMatch(/Clean up/i);
			expect(lab).toMatch(/delete_(endpoint|model)\b|delete-(endpoint|model)\b/);
			expect(await page.locator('.sl-markdown-content pre[data-language="python"]').count()).toBeGreaterThanOrEqual(3);
			expect(await page.locator('.sl-markdown-content input[type="checkbox"]').count()).toBeGreaterThanOrEqual(3);
			expect(lab).toMatch(/Expected/i);

			await expect(page.locator('.discussion-questions li')).toHaveText(session.discussion);
			await expect(page.locator('.key-takeaways li')).toHaveText(session.takeaways);
		});

		test(`Module ${session.number} carries the instructor notes an instructor needs to run it`, async ({ page }) => {
			const instructor = new CoursePage(page, 'instructor');
			await instructor.goto(sessionPath(entry));
			const titles = await page.locator('.instructor-note__title').allTextContents();
			for (const needed of [
				/timing/i,
				/before the session|setup/i,
				/common issues/i,
				/solution walkthrough/i,
				/discussion/i,
			]) {
				expect(
					titles.some((title) => needed.test(title)),
					`a note matching ${needed} in ${titles.join(' | ')}`,
				).toBe(true);
			}
		});
	}
});

test.describe('the schedule', () => {
	const runSheet = buildRunSheet(sessions, runSheetConfig);

	test('gives students each day at clock times from the run sheet, each day in the table of contents, and no bookkeeping', async ({
		page,
	}) => {
		const student = new CoursePage(page, 'student');
		await student.goto('/schedule/');
		for (const day of runSheet) {
			const heading = page.locator(`h2#day-${String(day.day)}`);
			await expect(heading).toHaveText(`Day ${String(day.day)} · ${clockTime(day.start)}–${clockTime(day.end)}`);
			await expect(page.locator(`starlight-toc a[href="#day-${String(day.day)}"]`)).toHaveCount(1);
			const plan = await sectionText(page, new RegExp(`^Day ${String(day.day)} `));
			for (const block of day.blocks) expect(plan).toContain(`${clockTime(block.start)}–${clockTime(block.end)}`);
			for (const block of day.blocks.filter((block) => block.kind === 'lecture')) expect(plan).toContain(block.title);
		}
		await expect(page.locator('.sl-markdown-content')).not.toContainText('Program, as stated');
		await expect(page.locator('.sl-markdown-content')).not.toContainText('Not in any session');
		const gantt = page.locator('figure.diagram svg[aria-roledescription="gantt"]').first();
		await expect(gantt).toBeVisible();
		for (const entry of sessions.filter((entry) => entry.data.session))
			await expect(gantt).toContainText(entry.data.session?.name ?? '');
	});

	test("keeps the program's arithmetic for instructors: exactly the hours, lecture topics and totals the metadata holds", async ({
		page,
	}) => {
		const instructor = new CoursePage(page, 'instructor');
		await instructor.goto('/schedule/');
		const scheduled = sessions.filter((entry) => entry.data.session);
		await expect(page.locator('tr[data-session]')).toHaveCount(scheduled.length);
		let min = 0;
		let max = 0;
		for (const entry of scheduled) {
			const session = entry.data.session;
			if (!session) continue;
			min += session.hours.min;
			max += session.hours.max;
			const row = page.locator(`tr[data-session="${entry.id}"]`);
			await expect(row.locator('[data-day]')).toHaveText(String(session.day));
			await expect(row.locator('[data-hours]')).toHaveText(formatHours(session.hours));
			for (const topic of session.lecture?.topics ?? [])
				await expect(row).toContainText(`${topic.title} (${formatMinutes(topic.minutes)})`);
		}
		await expect(page.locator('[data-total-hours]')).toHaveText(formatHours({ min, max }));
		await expect(page.locator('[data-program-hours]')).toHaveText('28–42 hours');
		await expect(page.locator('[data-difference]')).toHaveText(formatHours({ min: 28 - min, max: 42 - max }));
		await expect(page.locator('.instructor-note', { has: page.locator('[data-total-hours]') })).toHaveCount(1);
	});
});

test.describe('diagrams across the course', () => {
	test('at least 14 render, each with an accessible name, and no diagram is left as code', async ({ page }) => {
		const instructor = new CoursePage(page, 'instructor');
		const titles = new Set<string>();
		for (const path of ['/', ...sessions.map(sessionPath)]) {
			await instructor.goto(path);
			await expect(page.locator('pre[data-language="mermaid"]')).toHaveCount(0);
			for (const caption of await page.locator('figure.diagram figcaption').allTextContents()) titles.add(caption);
		}
		expect(titles.size).toBeGreaterThanOrEqual(14);
	});
});
