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
