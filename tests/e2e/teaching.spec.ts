import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readSessions } from '../../src/course/read-sessions.ts';
import { buildRunSheet, clockTime } from '../../src/course/run-sheet.ts';
import { runSheetConfig } from '../../src/course/run-sheet-config.ts';
import { listContentFiles } from '../../src/sources/source-pages.ts';
import { collectKnowledgeChecks } from '../../src/knowledge-checks/collect.ts';
import { CoursePage } from './course-page.ts';
import { docsDir } from './classroom-source.ts';

const checks = collectKnowledgeChecks(docsDir, process.cwd());

/** The question of a page's check whose prompt starts with `prompt`. */
const question = (page: Page, prompt: string) =>
	page.locator('.kc-question').filter({ has: page.locator('legend', { hasText: prompt }) });

test.describe('knowledge checks', () => {
	test('every module and MLOps topic has one, of 5 to 8 questions, each with a right option', () => {
		const slugs = checks.map((page) => page.slug);
		for (const slug of [
			'modules/fraud-detection',
			'modules/customer-churn',
			'modules/text-classification',
			'modules/sentiment-analysis',
			'mlops/deployment-strategies',
			'mlops/model-registry',
			'mlops/monitoring',
			'mlops/ci-cd',
		]) {
			expect(slugs, slug).toContain(slug);
		}
		for (const page of checks) {
			const count = page.checks.reduce((total, check) => total + check.questions.length, 0);
			expect(count, page.slug).toBeGreaterThanOrEqual(5);
			expect(count, page.slug).toBeLessThanOrEqual(8);
		}
	});

	test('a right answer is confirmed, a wrong one is marked wrong with the right option shown, and the explanations open', async ({
		page,
	}) => {
		await new CoursePage(page, 'student').goto('/modules/fraud-detection/');
		const single = question(page, 'When do you apply SMOTE?');
		const answer = single.locator('details.kc-answer');
		await expect(answer).not.toHaveAttribute('open');
		// Wrong: "Before the split".
		await single.getByLabel(/Before the split/).check();
		await single.getByRole('button', { name: 'Check answer' }).click();
		await expect(single.getByRole('status')).toHaveText('Not right. See the explanations below.');
		await expect(single.locator('.kc-option', { hasText: 'Before the split' })).toHaveAttribute(
			'data-state',
			'chosen-wrong',
		);
		await expect(single.locator('.kc-option', { hasText: 'After the split' })).toHaveAttribute('data-state', 'missed');
		await expect(answer).toHaveAttribute('open');
		await expect(answer).toContainText('B: wrong.');
		// Changing the answer clears the verdict; the right one is confirmed.
		await single.getByLabel(/After the split/).check();
		await expect(single.getByRole('status')).toHaveText('');
		await single.getByRole('button', { name: 'Check answer' }).click();
		await expect(single.getByRole('status')).toHaveText('Right. The explanations are below.');
		await expect(single.locator('.kc-option', { hasText: 'After the split' })).toHaveAttribute(
			'data-state',
			'chosen-right',
		);

		const multiple = question(page, 'Which statements about feature scaling');
		await expect(multiple.getByRole('checkbox')).toHaveCount(4);
		await multiple.getByLabel(/SMOTE needs scaled features/).check();
		await multiple.getByRole('button', { name: 'Check answer' }).click();
		await expect(multiple.getByRole('status')).toHaveText(
			'Partly right: you missed a right option. See the explanations below.',
		);
		await multiple.getByLabel(/XGBoost model gives the same trees/).check();
		await multiple.getByRole('button', { name: 'Check answer' }).click();
		await expect(multiple.getByRole('status')).toHaveText('Right. The explanations are below.');
		await multiple.getByLabel(/Fit the scaler on all the data/).check();
		await multiple.getByRole('button', { name: 'Check answer' }).click();
		await expect(multiple.getByRole('status')).toHaveText('Not right. See the explanations below.');
	});

	test('without JavaScript, each question reads with its answer and explanations behind a disclosure', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await new CoursePage(page, 'student').goto('/modules/customer-churn/');
		const questions = page.locator('.kc-question');
		const count = await questions.count();
		expect(count).toBeGreaterThanOrEqual(5);
		await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
		const first = questions.first();
		const answer = first.locator('details.kc-answer');
		await expect(answer.locator('summary')).toHaveText('Answer and explanations');
		await expect(answer.locator('li').first()).toBeHidden();
		await answer.locator('summary').click();
		await expect(answer.locator('li', { hasText: 'right.' }).first()).toBeVisible();
		await expect(answer).toContainText('leakage alarm');
		await context.close();
	});

	test('printed, the questions come first and the answers follow on a page of their own at the end', async ({
		page,
	}) => {
		await new CoursePage(page, 'student').goto('/modules/fraud-detection/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('details.kc-answer').first()).toBeHidden();
		const key = page.locator('.kc-print-key');
		await expect(key).toBeVisible();
		expect(await key.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
		// The key is the last thing of the page's content.
		expect(await key.evaluate((element) => element.parentElement?.lastElementChild === element)).toBe(true);
	});

	test('the instructor edition shows the key inline; the student edition has none', async ({ page }) => {
		const fraud = checks.find((entry) => entry.slug === 'modules/fraud-detection');
		const expected = (fraud?.checks ?? []).flatMap((check) =>
			check.questions.map(
				(entry) =>
					`Key: ${entry.options.flatMap((option, index) => (option.correct ? [String.fromCharCode(65 + index)] : [])).join(', ')}`,
			),
		);
		await new CoursePage(page, 'instructor').goto('/modules/fraud-detection/');
		await expect(page.locator('.kc-key')).toHaveText(expected);
		await expect(page.locator('.kc-key').first()).toBeVisible();
		// Projected in presenter mode, the key is hidden with the notes.
		await new CoursePage(page, 'instructor').goto('/modules/fraud-detection/?present');
		await expect(page.locator('.kc-key').first()).toBeHidden();
		await new CoursePage(page, 'instructor').goto('/modules/fraud-detection/?present=off');
		await new CoursePage(page, 'student').goto('/modules/fraud-detection/');
		await expect(page.locator('.kc-key')).toHaveCount(0);
		expect(await page.content()).not.toContain('Key:');
	});

	test('the instructor page collects every check with its key, and the student edition has no such page', async ({
		page,
		request,
	}) => {
		await new CoursePage(page, 'instructor').goto('/instructor/knowledge-checks/');
		for (const entry of checks) {
			await expect(page.getByRole('heading', { level: 2, name: entry.title, exact: true })).toBeVisible();
		}
		const prompts = checks.flatMap((entry) => entry.checks.flatMap((check) => check.questions));
		const items = page.locator('.kc-collected > li');
		await expect(items).toHaveCount(prompts.length);
		for (const [index, entry] of prompts.entries()) {
			await expect(items.nth(index)).toContainText(entry.text);
			await expect(items.nth(index)).toContainText(
				`Key: ${entry.options.flatMap((option, position) => (option.correct ? [String.fromCharCode(65 + position)] : [])).join(', ')}`,
			);
		}
		const response = await request.get(new CoursePage(page, 'student').url('/instructor/knowledge-checks/'));
		expect(response.status()).toBe(404);
	});
});

test.describe('the instructor home', () => {
	test('shows what to prepare, the run sheet, the notes, the slides by day and the instructor pages above the fold', async ({
		page,
		request,
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await new CoursePage(page, 'instructor').goto('/');
		const home = page.locator('[data-instructor-home]');
		for (const name of ['Prepare next', 'Run the day', 'Slides by day', 'Instructor pages']) {
			await expect(home.getByRole('heading', { name })).toBeInViewport();
		}
		for (const name of ['Preparation checklist: before training starts', 'Run sheet', 'Instructor notes']) {
			await expect(home.getByRole('link', { name, exact: true }).first()).toBeInViewport();
		}
		const box = await home.boundingBox();
		expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
		const hrefs = await home.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThan(15);
		for (const href of new Set(hrefs)) {
			const url = new URL(href);
			const response = await request.get(url.toString());
			expect(response.status(), href).toBe(200);
			if (url.hash) expect(await response.text(), href).toContain(`id="${url.hash.slice(1)}"`);
		}
		// Every deck of the course is linked once, day by day.
		const decks = hrefs.filter((href) => new URL(href).pathname.startsWith('/slides/'));
		expect(new Set(decks).size).toBe(decks.length);
		expect(decks.length).toBe(10);
	});

	test('leaves the student home as it is: the hero and its actions, and no instructor home', async ({ page }) => {
		await new CoursePage(page, 'student').goto('/');
		await expect(page.locator('[data-instructor-home]')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1, name: 'AWS Machine Learning Training' })).toBeVisible();
		await expect(page.locator('.hero').getByRole('link', { name: 'Get started' })).toBeVisible();
		await expect(page.locator('.hero').getByRole('link', { name: 'See the schedule' })).toBeVisible();
		expect(await page.content()).not.toContain('Prepare next');
	});
});

test.describe('the run sheet links and now / next', () => {
	const days = buildRunSheet(readSessions(docsDir, process.cwd()), runSheetConfig);

	test('links each block to a section, slides and notes that exist', async ({ page, request }) => {
		await new CoursePage(page, 'instructor').goto('/instructor/run-sheet/');
		const links = await page
			.locator('.run-sheet__links a')
			.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
		const unique = [...new Set(links)];
		expect(unique.length).toBeGreaterThan(20);
		const pages = new Map<string, string>();
		for (const href of unique) {
			const url = new URL(href);
			const key = url.pathname;
			if (!pages.has(key)) {
				const response = await request.get(`${url.origin}${url.pathname}`);
				expect(response.status(), href).toBe(200);
				pages.set(key, await response.text());
			}
			if (url.hash && !url.pathname.startsWith('/slides/'))
				expect(pages.get(key), href).toContain(`id="${url.hash.slice(1)}"`);
		}
		// Every lecture topic links to its slides, and at least the modules' labs link to their notes.
		const lectureRows = page.locator('tr[data-kind="lecture"]');
		await expect(lectureRows.locator('a[data-link="slides"]')).toHaveCount(await lectureRows.count());
		expect(await page.locator('tr[data-kind="exercise"] a[data-link="notes"]').count()).toBeGreaterThan(0);
		expect(await page.locator('main').innerText()).not.toMatch(/\bof\d|src\/course/);
	});

	test('shows the block under way and the next one for the chosen day, and remembers the day', async ({ page }) => {
		const day2 = days.find((day) => day.day === 2);
		const index = day2?.blocks.findIndex((block) => block.kind === 'exercise') ?? -1;
		const current = day2?.blocks[index];
		const next = day2?.blocks[index + 1];
		expect(current && next).toBeTruthy();
		const at = new Date(2026, 11, 2, 0, 0, 0);
		at.setMinutes((current?.start ?? 0) + 5);
		await page.clock.setFixedTime(at);
		await new CoursePage(page, 'instructor').goto('/instructor/run-sheet/');
		const panel = page.getByRole('region', { name: 'Now and next' });
		await panel.getByLabel('Course day').selectOption('2');
		await expect(panel.locator('[data-run-sheet-current]')).toContainText(
			`${clockTime(current?.start ?? 0)}–${clockTime(current?.end ?? 0)} Hands-on: Exercise · Module 2: Customer churn`,
		);
		await expect(panel.locator('[data-run-sheet-next]')).toContainText(`${clockTime(next?.start ?? 0)}–`);
		await page.reload();
		await expect(panel.getByLabel('Course day')).toHaveValue('2');
		await expect(page.locator('section[data-day="2"] tr[data-current]')).toHaveCount(1);
	});
});

test.describe('the exercise index', () => {
	test('lists every lab step of the course in order, with its link, minutes and whether it is optional', async ({
		page,
	}) => {
		// Independent of the index's own code: every "### Step" heading of the scheduled pages, in file order.
		const order = [
			'modules/fraud-detection',
			'modules/customer-churn',
			'modules/text-classification',
			'modules/sentiment-analysis',
			'mlops/deployment-strategies',
			'mlops/model-registry',
			'mlops/monitoring',
			'mlops/ci-cd',
		];
		const files = listContentFiles(docsDir);
		const steps = order.flatMap((slug) => {
			const file = files.find((candidate) => candidate.endsWith(join(...`${slug}.mdx`.split('/'))));
			if (!file) return [];
			let fenced = false;
			return readFileSync(file, 'utf8')
				.split('\n')
				.filter((line) => {
					if (/^\s*```/.test(line)) fenced = !fenced;
					return !fenced && /^### Step \d+/.test(line);
				})
				.map((line) => line.slice(4).replaceAll('`', '').trim());
		});
		expect(steps.length).toBeGreaterThan(40);
		await new CoursePage(page, 'instructor').goto('/instructor/exercises/');
		const rows = page.locator('table.exercise-index tbody tr');
		const listed = await rows.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
		);
		const stepRows = listed.filter(([name]) => /^Step \d+/.test(name ?? ''));
		expect(stepRows.map(([name]) => name)).toEqual(steps);
		for (const [name, minutes, optional] of stepRows) {
			expect(optional, name).toBe(/\(optional\)/i.test(name ?? '') ? 'Optional' : 'Required');
			expect(minutes, name).toMatch(/^(\d+|–)$/);
		}
		// The modules' steps have estimates; the group exercise of the architecture review is listed too.
		expect(stepRows.filter(([, minutes]) => minutes !== '–').length).toBeGreaterThan(35);
		expect(listed.some(([name]) => name === 'Group exercise')).toBe(true);
	});
});
