import { expect, test, type Page } from '@playwright/test';
import { CoursePage } from './course-page.ts';
import { pagesWithDiagramAndNotes, studentPagesContaining } from './course-source.ts';

const [modulePage] = pagesWithDiagramAndNotes.filter((path) => path.startsWith('/modules/'));
const [tabsPage] = studentPagesContaining('<TabItem');
const [detailsPage] = studentPagesContaining('<details>');
const [linksPage] = studentPagesContaining('](https://');
const [mlopsTopicPage] = studentPagesContaining('title:').filter(
	(path) => path.startsWith('/mlops/') && path !== '/mlops/',
);
const millimetre = 96 / 25.4;

/** Opens a page in the dark theme, as many readers have it, then switches to print media. */
async function printed(page: Page, path: string): Promise<void> {
	const student = new CoursePage(page, 'student');
	await student.goto(path);
	await student.setTheme('dark');
	// About the width of an A4 page's printable area; the theme switch above only exists on wide screens.
	await page.setViewportSize({ width: 680, height: 1000 });
	await page.emulateMedia({ media: 'print' });
}

test.describe('printing a page from the browser', () => {
	test('the course has a module page with diagrams, a page with tabs and one with collapsed details', () => {
		expect(modulePage).toBeDefined();
		expect(tabsPage).toBeDefined();
		expect(detailsPage).toBeDefined();
		expect(linksPage).toBeDefined();
		expect(mlopsTopicPage).toBeDefined();
	});

	test('prints no site header, sidebars, search, theme switch, contents or pagination links', async ({ page }) => {
		await printed(page, modulePage ?? '/');
		const shown = await page.evaluate(() =>
			[
				'.page > header',
				'#starlight__sidebar',
				'site-search',
				'starlight-theme-select',
				'.right-sidebar-container',
				'mobile-starlight-toc',
				'.pagination-links',
				'.sl-anchor-link',
				'.handout-link',
			].flatMap((selector) => {
				const elements = [...document.querySelectorAll(selector)];
				if (elements.length === 0) return [`${selector} is not on the page`];
				return elements.filter((element) => element.checkVisibility()).map(() => `${selector} is printed`);
			}),
		);
		expect(shown).toEqual([]);
		await expect(page.locator('main h1')).toBeVisible();
	});

	test('prints the content at full width, in a readable size, dark on white', async ({ page }) => {
		await printed(page, modulePage ?? '/');
		const layout = await page.evaluate(() => {
			const content = document.querySelector('.sl-markdown-content');
			const paragraph = content?.querySelector(':scope > p');
			if (!content || !paragraph) throw new Error('no content');
			const style = getComputedStyle(paragraph);
			return {
				width: content.getBoundingClientRect().width,
				page: document.documentElement.clientWidth,
				fontSize: Number.parseFloat(style.fontSize),
				color: style.color,
			};
		});
		expect(layout.width).toBeGreaterThan(layout.page * 0.95);
		expect(layout.fontSize).toBeGreaterThanOrEqual(13);
		expect(layout.fontSize).toBeLessThanOrEqual(16);
		const [red = 255, green = 255, blue = 255] = (layout.color.match(/\d+/g) ?? []).map(Number);
		expect(red + green + blue, `text colour ${layout.color}`).toBeLessThan(200);
	});

	test('prints diagrams within the page and kept on one page', async ({ page }) => {
		await printed(page, modulePage ?? '/');
		const diagrams = page.locator('figure.diagram');
		expect(await diagrams.count()).toBeGreaterThan(0);
		for (const diagram of await diagrams.all()) {
			await expect(diagram.locator('svg')).toBeVisible();
			const box = await diagram.evaluate((figure) => {
				const svg = figure.querySelector('svg')?.getBoundingClientRect();
				return {
					width: svg?.width ?? Infinity,
					height: svg?.height ?? Infinity,
					content: figure.closest('.sl-markdown-content')?.getBoundingClientRect().width ?? 0,
					breakInside: getComputedStyle(figure).breakInside,
				};
			});
			expect(box.width).toBeLessThanOrEqual(box.content + 1);
			expect(box.height).toBeLessThanOrEqual(245 * millimetre + 1);
			expect(box.breakInside).toBe('avoid');
		}
	});

	test('wraps code instead of cutting it off, never splits a line, and prints it in light colours', async ({
		page,
	}) => {
		await printed(page, modulePage ?? '/');
		const code = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.sl-markdown-content .expressive-code pre')].map((pre) => {
				const token = pre.querySelector<HTMLElement>('.ec-line span[style^="--"]:not([class])');
				return {
					overflow: pre.scrollWidth - pre.clientWidth,
					lineBreak: getComputedStyle(pre.querySelector('.ec-line') ?? pre).breakInside,
					tokenColour: token ? getComputedStyle(token).color : undefined,
					lightColour: token?.style.getPropertyValue('--1'),
				};
			}),
		);
		expect(code.length).toBeGreaterThan(0);
		for (const block of code) {
			expect(block.overflow).toBeLessThanOrEqual(1);
			expect(block.lineBreak).toBe('avoid');
		}
		const token = code.find((block) => block.lightColour);
		const hex = token?.lightColour?.replace('#', '') ?? '';
		const rgb = [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)).join(', ');
		expect(token?.tokenColour).toBe(`rgb(${rgb})`);
	});

	test('keeps tables, callouts and figures whole, and headings with what follows', async ({ page }) => {
		await printed(page, modulePage ?? '/');
		const breaks = await page.evaluate(() => {
			const style = (selector: string, property: 'breakInside' | 'breakAfter') =>
				[...document.querySelectorAll(selector)].map((element) => getComputedStyle(element)[property]);
			return {
				rows: style('.sl-markdown-content tr', 'breakInside'),
				asides: style('.starlight-aside', 'breakInside'),
				figures: style('.sl-markdown-content figure', 'breakInside'),
				headings: style('.sl-heading-wrapper', 'breakAfter'),
			};
		});
		for (const [kind, values] of Object.entries(breaks)) {
			expect(values.length, kind).toBeGreaterThan(0);
			expect(new Set(values), kind).toEqual(new Set(['avoid']));
		}
	});

	test('expands collapsed <details>', async ({ page }) => {
		await printed(page, detailsPage ?? '/');
		const closed = page.locator('.sl-markdown-content details:not([open])');
		expect(await closed.count()).toBeGreaterThan(0);
		for (const details of await closed.all()) {
			const body = details.locator(':scope > :not(summary)').first();
			await expect(body).toBeVisible();
		}
	});

	test('prints every tab panel, each under its tab’s name', async ({ page }) => {
		await printed(page, tabsPage ?? '/');
		const panels = page.locator('starlight-tabs [role="tabpanel"]');
		expect(await panels.count()).toBeGreaterThan(1);
		for (const panel of await panels.all()) {
			await expect(panel).toBeVisible();
			const { label, tab } = await panel.evaluate((element) => ({
				label: getComputedStyle(element, '::before').content,
				tab: document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent.trim(),
			}));
			expect(tab).toBeTruthy();
			expect(label).toBe(`"${tab ?? ''}"`);
		}
		await expect(page.locator('starlight-tabs [role="tablist"]').first()).toBeHidden();
	});

	test('prints the address of every external link after its text', async ({ page }) => {
		await printed(page, linksPage ?? '/');
		const links = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content a[href^="http"]')].map((link) => ({
				href: link.getAttribute('href'),
				after: getComputedStyle(link, '::after').content,
			})),
		);
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link.after).toBe(`" (${link.href ?? ''})"`);
		const internal = page.locator('.sl-markdown-content a[href^="/"]').first();
		expect(await internal.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none');
	});
});

test.describe('links to the handouts', () => {
	for (const edition of ['student', 'instructor'] as const) {
		test(`each module and MLOps page of the ${edition} edition links to its own PDF`, async ({ page, request }) => {
			const course = new CoursePage(page, edition);
			for (const path of [modulePage ?? '/', mlopsTopicPage ?? '/']) {
				await course.goto(path);
				const link = page.getByRole('link', { name: /^Download PDF/ });
				await expect(link).toBeVisible();
				const href = (await link.getAttribute('href')) ?? '';
				expect(href).toMatch(/^\/handouts\/[a-z0-9-]+\.pdf$/);
				const response = await request.get(course.url(href));
				expect(response.status(), href).toBe(200);
				expect(response.headers()['content-type']).toContain('application/pdf');
			}
		});

		test(`the ${edition} home page links to its own course book`, async ({ page, request }) => {
			const course = new CoursePage(page, edition);
			await course.goto('/');
			const link = page.getByRole('link', { name: /course book/ });
			await expect(link).toHaveAttribute('href', '/handouts/course.pdf');
			const response = await request.get(course.url('/handouts/course.pdf'));
			expect(response.status()).toBe(200);
			expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
		});
	}
});
