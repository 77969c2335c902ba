import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { CoursePage } from './course-page.ts';
import { editionUrls } from './urls.ts';
import { instructorOnlyPhrase, instructorPages, pagesWithDiagramAndNotes } from './course-source.ts';

const [modulePage] = pagesWithDiagramAndNotes;
const [instructorPage] = instructorPages;

test.describe('the two editions', () => {
	test('the course has a student page with diagrams and instructor notes, and an instructor-only page', () => {
		expect(modulePage).toBeDefined();
		expect(instructorPage).toBeDefined();
	});

	test('the instructor edition marks every page as such and keeps it out of search engines', async ({ page }) => {
		const instructor = new CoursePage(page, 'instructor');
		for (const path of ['/', modulePage ?? '/', `/${instructorPage?.slug ?? ''}/`]) {
			await instructor.goto(path);
			await expect(page.locator('.instructor-banner')).toContainText('Instructor edition');
			await expect(page.locator('.instructor-banner')).toContainText('Not for distribution to students');
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
		}
	});

	test('the student edition has no banner, no robots meta and no instructor callouts', async ({ page }) => {
		const student = new CoursePage(page, 'student');
		await student.goto(modulePage ?? '/');
		await expect(page.locator('.instructor-banner')).toHaveCount(0);
		await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
		await expect(page.locator('.instructor-note')).toHaveCount(0);
		await expect(page.getByText('Instructor note')).toHaveCount(0);
	});

	test('instructor notes are labelled callouts in the instructor edition', async ({ page }) => {
		const instructor = new CoursePage(page, 'instructor');
		await instructor.goto(modulePage ?? '/');
		const note = page.getByRole('complementary', { name: /^Instructor note/ }).first();
		await expect(note).toBeVisible();
		await expect(note.locator('.instructor-note__label')).toContainText('Instructor note');
		const colours = await note.evaluate((element) => {
			const style = getComputedStyle(element);
			return { border: style.borderInlineStartColor, background: style.backgroundColor };
		});
		expect(colours.background).not.toBe('rgba(0, 0, 0, 0)');
	});

	test('an instructor-only page answers 404 in the student edition and is nowhere in its navigation', async ({
		page,
		request,
	}) => {
		for (const { slug } of instructorPages) {
			const response = await request.get(new CoursePage(page, 'student').url(`/${slug}/`));
			expect(response.status(), slug).toBe(404);
			expect((await request.get(new CoursePage(page, 'instructor').url(`/${slug}/`))).status(), slug).toBe(200);
		}
		const student = new CoursePage(page, 'student');
		await student.goto('/getting-started/');
		await expect(page.locator('nav a[href*="/instructor/"]')).toHaveCount(0);
		const instructor = new CoursePage(page, 'instructor');
		await instructor.goto('/getting-started/');
		await expect(page.locator('#starlight__sidebar').getByText('Instructor', { exact: true })).toBeVisible();
	});

	test('no student page links to an instructor page, not even through previous and next', async ({ request }) => {
		const dist = fileURLToPath(new URL('../../dist/student/', import.meta.url));
		const html = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
			.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
		expect(html.length).toBeGreaterThan(5);
		for (const page of html) expect(page).not.toMatch(/href="[^"]*\/instructor\//);
		const sitemap = await request.get(new URL('sitemap-0.xml', editionUrls.student).toString());
		expect(sitemap.status()).toBe(200);
		const body = await sitemap.text();
		expect(body).toContain('/getting-started/');
		expect(body).not.toContain('/instructor/');
	});
});

test.describe('search', () => {
	test('finds a student page in the student edition', async ({ page }) => {
		const student = new CoursePage(page, 'student');
		await student.goto('/');
		const results = await student.search('virtual environment');
		await expect.poll(results).toContain('/getting-started/');
	});

	test(`finds instructor text only in the instructor edition ("${instructorOnlyPhrase}")`, async ({ page }) => {
		const query = `"${instructorOnlyPhrase}"`;
		const student = new CoursePage(page, 'student');
		await student.goto('/');
		await student.search(query);
		await expect(page.getByRole('dialog', { name: 'Search' })).toContainText('No results for');
		const instructor = new CoursePage(page, 'instructor');
		await instructor.goto('/');
		const results = await instructor.search(query);
		await expect.poll(async () => (await results()).length).toBeGreaterThan(0);
	});
});

test.describe('diagrams', () => {
	test('are one inline SVG each, with an accessible name, whose colours follow the theme switch', async ({ page }) => {
		const student = new CoursePage(page, 'student');
		await student.goto(modulePage ?? '/');
		const figure = page.locator('figure.diagram').first();
		await student.setTheme('light');
		await expect(figure.locator('svg')).toHaveCount(1);
		const svg = figure.locator('svg');
		await expect(svg).toBeVisible();
		const name = await svg.evaluate(
			(element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
		);
		expect(name.length).toBeGreaterThan(3);
		const fill = (): Promise<string> =>
			svg.evaluate(
				(element) => getComputedStyle(element.querySelector('.node :is(rect, path, polygon)') ?? element).fill,
			);
		const lightBackground = await fill();
		await student.setTheme('dark');
		await expect(svg).toBeVisible();
		expect(await fill()).not.toBe(lightBackground);
	});

	test('print in light colours whatever the theme', async ({ page }) => {
		const student = new CoursePage(page, 'student');
		await student.goto(modulePage ?? '/');
		await student.setTheme('light');
		const svg = page.locator('figure.diagram svg').first();
		const fill = (): Promise<string> =>
			svg.evaluate(
				(element) => getComputedStyle(element.querySelector('.node :is(rect, path, polygon)') ?? element).fill,
			);
		const light = await fill();
		await student.setTheme('dark');
		await page.emulateMedia({ media: 'print' });
		expect(await fill()).toBe(light);
	});

	test('ship no Mermaid runtime: no Mermaid script anywhere in either edition', () => {
		for (const edition of ['student', 'instructor']) {
			const dist = fileURLToPath(new URL(`../../dist/${edition}/`, import.meta.url));
			const scripts = readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
				(entry) => entry.isFile() && /\.(m?js|html)$/.test(entry.name),
			);
			expect(scripts.length).toBeGreaterThan(0);
			for (const entry of scripts) {
				const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
				expect(source, `${edition}/${entry.name}`).not.toMatch(
					/mermaidAPI|mermaid\.initialize|mermaid\.run\(|mermaid(\.min)?\.js/,
				);
			}
		}
	});
});
