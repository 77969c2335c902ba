import { expect, test, type Page } from '@playwright/test';
import { readSessions } from '../../src/course/read-sessions.ts';
import { sessionLabel } from '../../src/course/schedule.ts';
import { sessionsInOrder } from '../../src/course/sessions.ts';
import { instructorNoteKind } from '../../src/search/search-filters.ts';
import { listContentFiles, slugOf } from '../../src/sources/source-pages.ts';
import { CoursePage } from './course-page.ts';
import { docsDir, instructorBlockTitles } from './classroom-source.ts';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const sessions = sessionsInOrder(readSessions(docsDir, process.cwd()));
const mlops = sessions.find(({ session }) => session.kind === 'mlops');
const firstModule = sessions.find(({ session }) => session.kind === 'module');
/** Pages whose source holds an instructor block, by URL path. */
const pagesWithNotes = listContentFiles(docsDir)
	.filter((file) => /^:{3,}instructor\b/m.test(readFileSync(file, 'utf8')))
	.map((file) => `/${slugOf(relative(docsDir, file))}/`.replace(/^\/\/$/, '/'));
// A word every part of the course uses, so an unfiltered search spans several parts.
const query = 'SageMaker';
// Pagefind loads its index and each result's fragment on demand: slow on a busy machine.
const slow = { timeout: 20_000 };

/** Whether the results are there and all pass the test: an empty list while results reload proves nothing. */
const onlyAndSome = (paths: string[], test: (path: string) => boolean): boolean =>
	paths.length > 0 && paths.every(test);

/** Ticks one value of a filter in the open search dialog (Pagefind shows each filter as a closed disclosure). */
async function filterBy(page: Page, filter: string, value: string): Promise<void> {
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.locator('summary.pagefind-ui__filter-name', { hasText: new RegExp(`^${filter}$`, 'i') }).click();
	await dialog.getByRole('checkbox', { name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
}

test.describe('search filters', () => {
	test('the course has a module and the MLOps deep dive, and instructor blocks', () => {
		expect(firstModule).toBeDefined();
		expect(mlops).toBeDefined();
		expect(instructorBlockTitles().length).toBeGreaterThan(0);
	});

	for (const part of [firstModule, mlops]) {
		const label = part ? sessionLabel(part.session) : '';
		test(`narrow the results to one part of the course ("${label}")`, async ({ page }) => {
			const student = new CoursePage(page, 'student');
			await student.goto('/');
			const results = await student.search(query);
			const inPart = (path: string) => path === `/${part?.id ?? ''}/` || path.startsWith(`/${part?.id ?? ''}/`);
			await expect.poll(async () => (await results()).filter((path) => !inPart(path)).length, slow).toBeGreaterThan(0);
			await filterBy(page, 'module', label);
			await expect.poll(async () => onlyAndSome(await results(), inPart), slow).toBe(true);
		});
	}

	test('narrow the results to a kind of page', async ({ page }) => {
		const student = new CoursePage(page, 'student');
		await student.goto('/');
		const results = await student.search(query);
		await filterBy(page, 'kind', 'Reference');
		await expect
			.poll(async () => onlyAndSome(await results(), (path) => path.startsWith('/reference/')), slow)
			.toBe(true);
	});

	test('find the instructor notes themselves, each leading to the note, in the instructor edition only', async ({
		page,
	}) => {
		const instructor = new CoursePage(page, 'instructor');
		await instructor.goto('/');
		await instructor.search(query);
		await filterBy(page, 'kind', instructorNoteKind);
		const dialog = page.getByRole('dialog', { name: 'Search' });
		const results = () =>
			dialog
				.locator('.pagefind-ui__result-link')
				.evaluateAll((links) =>
					links.map((link) => ({ url: new URL((link as HTMLAnchorElement).href), title: link.textContent.trim() })),
				);
		// Every result is a note: its link leads to the note's anchor on a page that holds notes, and says so.
		await expect
			.poll(async () => {
				const found = await results();
				return (
					found.length > 0 &&
					found.every(
						({ url, title }) =>
							url.hash.startsWith('#note-') &&
							pagesWithNotes.includes(url.pathname) &&
							title.startsWith(instructorNoteKind),
					)
				);
			}, slow)
			.toBe(true);
		// And the link lands on that note.
		const [first] = await results();
		await dialog.locator('.pagefind-ui__result-link').first().click();
		await expect(page).toHaveURL(first?.url.href ?? '');
		await expect(page.locator(`aside.instructor-note${first?.url.hash ?? ''}`)).toBeVisible();

		const student = new CoursePage(page, 'student');
		await student.goto('/');
		await student.search(query);
		await dialog.locator('summary.pagefind-ui__filter-name', { hasText: /^kind$/i }).click();
		await expect(dialog.getByRole('checkbox', { name: new RegExp(`^${instructorNoteKind}`) })).toHaveCount(0);
		await expect(dialog.getByRole('checkbox', { name: /^Instructor page/ })).toHaveCount(0);
	});
});
