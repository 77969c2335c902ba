import { expect, test } from '@playwright/test';
import { readSessions } from '../../src/course/read-sessions.ts';
import { sessionLabel } from '../../src/course/schedule.ts';
import { sessionsInOrder } from '../../src/course/sessions.ts';
import { collectInstructorText } from '../../src/edition/instructor-text.ts';
import { normalizeText } from '../../src/edition/normalize-text.ts';
import { CoursePage } from './course-page.ts';
import { docsDir, instructorBlockTitles } from './classroom-source.ts';

const sessions = sessionsInOrder(readSessions(docsDir, process.cwd()));
const titles = instructorBlockTitles();

test.describe('the collected instructor notes', () => {
	test('hold every instructor block of the course, each under its title', async ({ page }) => {
		// Counted twice from the source, by the leak check's reader and by a plain parse: they must agree.
		expect(titles.length).toBe(collectInstructorText(docsDir).blocks);
		await new CoursePage(page, 'instructor').goto('/instructor/notes/');
		const notes = page.locator('.collected-note');
		await expect(notes).toHaveCount(titles.length);
		const shown = await notes.locator(':scope > .sl-heading-wrapper h3, :scope > h3').allTextContents();
		expect(shown.map((title) => title.trim()).sort()).toEqual(titles.map((title) => title || 'Instructor note').sort());
	});

	test('group the notes by part of the course, the sessions in course order', async ({ page }) => {
		await new CoursePage(page, 'instructor').goto('/instructor/notes/');
		const groups = await page.locator('.sl-markdown-content h2').allTextContents();
		const sessionGroups = groups
			.map((group) => group.trim())
			.filter((group) => sessions.some(({ session }) => sessionLabel(session) === group));
		expect(sessionGroups).toEqual(sessions.map(({ session }) => sessionLabel(session)));
	});

	test('link every note back to its page and the section it stands in', async ({ page, request }) => {
		const instructor = new CoursePage(page, 'instructor');
		await instructor.goto('/instructor/notes/');
		const links = await page
			.locator('.collected-note__source a')
			.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href)));
		expect(links).toHaveLength(titles.length);
		const pages = new Map<string, string>();
		for (const link of links) {
			const html = pages.get(link.pathname) ?? (await (await request.get(instructor.url(link.pathname))).text());
			pages.set(link.pathname, html);
			expect(html, link.pathname).toContain('class="instructor-note"');
			if (link.hash)
				expect(html, `${link.pathname}${link.hash}`).toContain(`id="${decodeURIComponent(link.hash.slice(1))}"`);
		}
	});

	test('render the notes through the real pipeline: their code is highlighted like on their own pages', async ({
		page,
	}) => {
		await new CoursePage(page, 'instructor').goto('/instructor/notes/');
		const notes = page.locator('.collected-note');
		await expect(notes.locator('.expressive-code').first()).toBeVisible();
		await expect(notes.locator('pre:not(.expressive-code pre)')).toHaveCount(0);
	});
});

test.describe('the revision sheet', () => {
	const takeaways = sessions.flatMap(({ session }) => session.takeaways);
	const questions = sessions.flatMap(({ session }) => session.discussion);

	test('holds every session takeaway and discussion question, in course order', async ({ page }) => {
		await new CoursePage(page, 'student').goto('/reference/revision/');
		const shownTakeaways = await page.locator('.revision-sheet__session .key-takeaways li').allTextContents();
		const shownQuestions = await page.locator('.revision-sheet__session .discussion-questions li').allTextContents();
		expect(shownTakeaways.map((text) => text.trim())).toEqual(takeaways);
		expect(shownQuestions.map((text) => text.trim())).toEqual(questions);
		await expect(page.locator('.revision-sheet__session h2')).toContainText(
			sessions.map(({ session }) => sessionLabel(session)),
		);
	});

	test('holds no instructor text in the student edition', async ({ page }) => {
		await new CoursePage(page, 'student').goto('/reference/revision/');
		const text = normalizeText(await page.locator('main').innerText());
		await expect(page.locator('.instructor-note')).toHaveCount(0);
		const { pieces } = collectInstructorText(docsDir);
		expect(pieces.length).toBeGreaterThan(0);
		for (const piece of pieces) expect(text, piece.source).not.toContain(piece.text);
	});

	test('prints each session whole', async ({ page }) => {
		await new CoursePage(page, 'student').goto('/reference/revision/');
		await page.emulateMedia({ media: 'print' });
		const breaks = await page
			.locator('.revision-sheet__session')
			.evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakInside));
		expect(breaks).toEqual(sessions.map(() => 'avoid'));
	});
});
