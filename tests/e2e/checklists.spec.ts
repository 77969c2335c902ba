import { expect, test } from '@playwright/test';
import { CoursePage } from './course-page.ts';
import { checklistsOf } from './classroom-source.ts';

const path = '/reference/cleanup/';
const [firstList = []] = checklistsOf('reference/cleanup.mdx');

test.describe('checklists', () => {
	test('the daily cleanup page has a checklist in its source', () => {
		expect(firstList.length).toBeGreaterThan(1);
	});

	for (const edition of ['student', 'instructor'] as const) {
		test(`a ticked item stays ticked after a reload, and reset clears it (${edition})`, async ({ page }) => {
			const course = new CoursePage(page, edition);
			await course.goto(path);
			const list = page.locator('.sl-markdown-content ul.contains-task-list').first();
			const status = page.locator('.checklist-status').first();
			const count = status.locator('[aria-live="polite"]');
			await expect(count).toHaveText(`0 of ${firstList.length} done`);

			// Keyboard: focus the box and press Space, as a keyboard user would.
			const first = list.getByRole('checkbox', { name: firstList[0] ?? '' });
			await first.focus();
			await page.keyboard.press('Space');
			await list.getByRole('checkbox', { name: firstList.at(-1) ?? '' }).click();
			await expect(first).toBeChecked();
			await expect(count).toHaveText(`2 of ${firstList.length} done`);

			await page.reload();
			await expect(list.getByRole('checkbox', { name: firstList[0] ?? '' })).toBeChecked();
			await expect(list.getByRole('checkbox', { name: firstList.at(-1) ?? '' })).toBeChecked();
			await expect(count).toHaveText(`2 of ${firstList.length} done`);
			// The next list on the page keeps its own state.
			await expect(page.locator('.checklist-status').nth(1)).toContainText('0 of');

			await status.getByRole('button', { name: 'Reset checklist' }).click();
			await expect(count).toHaveText(`0 of ${firstList.length} done`);
			await expect(list.getByRole('checkbox', { checked: true })).toHaveCount(0);
			await page.reload();
			await expect(count).toHaveText(`0 of ${firstList.length} done`);
			await expect(list.getByRole('checkbox', { checked: true })).toHaveCount(0);
		});
	}

	test('a tick stays with its item when the page is edited: items added above it and reordered', async ({ page }) => {
		const course = new CoursePage(page, 'student');
		await course.goto(path);
		const list = page.locator('.sl-markdown-content ul.contains-task-list').first();
		const ticked = firstList[1] ?? '';
		await list.getByRole('checkbox', { name: ticked }).check();

		// The next version of the page: a new item at the top and the last two items swapped.
		await page.route(course.url(path), async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			const items = [...html.matchAll(/<li class="task-list-item">[^]*?<\/li>/g)].map((match) => match[0]);
			const [first = '', , , third = '', fourth = ''] = items;
			const added =
				'<li class="task-list-item"><label class="task-list-item__label"><input type="checkbox" disabled> A new first step</label></li>';
			const edited = html.replace(first, `${added}\n${first}`).replace(`${third}\n${fourth}`, `${fourth}\n${third}`);
			expect(edited).not.toBe(html);
			await route.fulfill({ response, body: edited });
		});
		await page.reload();
		await expect(list.getByRole('checkbox', { name: 'A new first step' })).not.toBeChecked();
		await expect(list.getByRole('checkbox', { name: ticked })).toBeChecked();
		await expect(list.getByRole('checkbox', { checked: true })).toHaveCount(1);
	});

	test('the daily cleanup checklist starts empty on the next day, and says so; other checklists keep their ticks', async ({
		page,
	}) => {
		const other = '/getting-started/';
		const otherList = page.locator('.sl-markdown-content ul.contains-task-list').first();
		const daily = page.locator('.checklist[data-resets="daily"] ul.contains-task-list').first();
		await page.clock.setFixedTime(new Date('2026-12-01T16:30:00'));
		const course = new CoursePage(page, 'student');
		await course.goto(other);
		await otherList.getByRole('checkbox').first().check();
		await course.goto(path);
		await daily.getByRole('checkbox', { name: firstList[0] ?? '' }).check();
		await expect(page.locator('.checklist .checklist-status').first()).toContainText('Starts empty each day');

		// Later the same day: still ticked.
		await page.clock.setFixedTime(new Date('2026-12-01T23:50:00'));
		await page.reload();
		await expect(daily.getByRole('checkbox', { name: firstList[0] ?? '' })).toBeChecked();

		// The next morning: the daily list is empty again; a checklist that is not daily keeps its tick.
		await page.clock.setFixedTime(new Date('2026-12-02T08:30:00'));
		await page.reload();
		await expect(daily.getByRole('checkbox', { checked: true })).toHaveCount(0);
		await course.goto(other);
		await expect(otherList.getByRole('checkbox').first()).toBeChecked();
	});

	test('every item of a checklist is a checkbox named by its text', async ({ page }) => {
		await new CoursePage(page, 'student').goto(path);
		const list = page.locator('.sl-markdown-content ul.contains-task-list').first();
		await expect(list.getByRole('checkbox')).toHaveCount(firstList.length);
		for (const item of firstList) await expect(list.getByRole('checkbox', { name: item })).toBeEnabled();
	});

	test('prints empty boxes, even for ticked items, and no controls', async ({ page }) => {
		await new CoursePage(page, 'student').goto(path);
		const box = page.locator('.sl-markdown-content ul.contains-task-list').first().getByRole('checkbox').first();
		await box.check();
		await page.emulateMedia({ media: 'print' });
		const style = await box.evaluate((element) => {
			const computed = getComputedStyle(element);
			return {
				appearance: computed.appearance,
				border: computed.borderTopWidth,
				background: computed.backgroundImage,
				width: element.getBoundingClientRect().width,
			};
		});
		expect(style.appearance).toBe('none');
		expect(style.border).not.toBe('0px');
		expect(style.background).toBe('none');
		expect(style.width).toBeGreaterThan(5);
		await expect(page.locator('.checklist-status').first()).toBeHidden();
	});

	test('without JavaScript a checklist still reads as a list of items', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await new CoursePage(page, 'student').goto(path);
		const list = page.locator('.sl-markdown-content ul.contains-task-list').first();
		await expect(list.getByRole('listitem')).toHaveCount(firstList.length);
		await expect(list).toContainText(firstList[0] ?? '');
		await expect(page.locator('.checklist-status')).toHaveCount(0);
		await context.close();
	});
});
