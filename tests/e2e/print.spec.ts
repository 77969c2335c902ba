import { expect, test, type Page } from '@playwright/test';
import { courseTitle } from '../../src/course/identity.ts';
import { normalizeText } from '../../src/edition/normalize-text.ts';
import { editionLabelOf } from '../../src/handouts/names.ts';
import { pdfPagesText } from '../../src/handouts/pdf-text.ts';
import { CoursePage } from './course-page.ts';
import { instructorPages, pagesWithDiagramAndNotes, studentPagesContaining } from './course-source.ts';

const [modulePage] = pagesWithDiagramAndNotes.filter((path) => path.startsWith('/modules/'));
const [tabsPage] = studentPagesContaining('<TabItem');
const [detailsPage] = studentPagesContaining('<details>');
const [linksPage] = studentPagesContaining('](https://');
const [mlopsTopicPage] = studentPagesContaining('title:').filter(
	(path) => path.startsWith('/mlops/') && path !== '/mlops/',
);
const millimetre = 96 / 25.4;
const modulePages = studentPagesContaining('session:').filter((path) => path.startsWith('/modules/'));
const mlopsPages = studentPagesContaining('title:').filter((path) => path.startsWith('/mlops/'));

/** Opens a page in the dark theme, as many readers have it, then switches to print media. */
async function printed(page: Page, path: string): Promise<void> {
	const student = new CoursePage(page, 'student');
	// Wide and on screen again when a test prints several pages: the theme switch only exists on wide screens.
	await page.emulateMedia({ media: 'screen' });
	await page.setViewportSize({ width: 1280, height: 900 });
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

	test('keeps headings with what follows, and callouts, figures, table rows and wrapped code lines whole', async ({
		page,
	}) => {
		await printed(page, modulePage ?? '/');
		const breaks = await page.evaluate(() => {
			const style = (selector: string, property: 'breakInside' | 'breakAfter') =>
				[...document.querySelectorAll(selector)].map((element) => getComputedStyle(element)[property]);
			return {
				rows: style('.sl-markdown-content tr', 'breakInside'),
				codeLines: style('.sl-markdown-content .ec-line', 'breakInside'),
				shortAsides: style('.starlight-aside:not(:has(li:nth-child(6), .expressive-code, table))', 'breakInside'),
				figures: style('.sl-markdown-content figure:not(.frame)', 'breakInside'),
				headings: style('.sl-heading-wrapper', 'breakAfter'),
			};
		});
		for (const [kind, values] of Object.entries(breaks)) {
			expect(values.length, kind).toBeGreaterThan(0);
			expect(new Set(values), kind).toEqual(new Set(['avoid']));
		}
	});

	test('keeps short tables and code blocks whole, and splits long ones between rows and lines, repeating the header row', async ({
		page,
	}) => {
		// Several pages printed one after another: generous, for a loaded machine.
		test.setTimeout(180_000);
		const tables: { rows: number; breakInside: string; header: string }[] = [];
		const code: { lines: number; breakInside: string[]; firstLines: string[]; lastLines: string[] }[] = [];
		for (const path of modulePages) {
			await printed(page, path);
			tables.push(
				...(await page.evaluate(() =>
					[...document.querySelectorAll<HTMLTableElement>('.sl-markdown-content table')].map((table) => ({
						rows: table.tBodies[0]?.rows.length ?? 0,
						breakInside: getComputedStyle(table).breakInside,
						header: table.tHead ? getComputedStyle(table.tHead).display : 'none',
					})),
				)),
			);
			code.push(
				...(await page.evaluate(() =>
					[...document.querySelectorAll('.sl-markdown-content .expressive-code')].map((block) => {
						const lines = [...block.querySelectorAll('.ec-line')];
						return {
							lines: lines.length,
							breakInside: [...block.querySelectorAll(':scope, figure, pre')].map(
								(element) => getComputedStyle(element).breakInside,
							),
							firstLines: lines.slice(0, 2).map((line) => getComputedStyle(line).breakAfter),
							lastLines: lines.slice(-2).map((line) => getComputedStyle(line).breakBefore),
						};
					}),
				)),
			);
		}
		const longTables = tables.filter((table) => table.rows >= 8);
		const shortTables = tables.filter((table) => table.rows < 8);
		expect(longTables.length, 'module pages have a long table').toBeGreaterThan(0);
		expect(shortTables.length).toBeGreaterThan(0);
		for (const table of longTables) expect(table.breakInside).toBe('auto');
		for (const table of shortTables) expect(table.breakInside).toBe('avoid');
		for (const table of tables) expect(table.header).toBe('table-header-group');

		const longCode = code.filter((block) => block.lines >= 12);
		const shortCode = code.filter((block) => block.lines < 12);
		expect(longCode.length, 'module pages have long code blocks').toBeGreaterThan(0);
		expect(shortCode.length).toBeGreaterThan(0);
		for (const block of longCode) {
			expect(new Set(block.breakInside)).toEqual(new Set(['auto']));
			// Never fewer than three lines of a block alone on a page.
			expect(new Set([...block.firstLines, ...block.lastLines])).toEqual(new Set(['avoid']));
		}
		for (const block of shortCode) expect(block.breakInside).toContain('avoid');
	});

	test('prints table cells without breaking a word, in smaller type or on a landscape page when a table is wide', async ({
		page,
	}) => {
		// Several pages printed one after another: generous, for a loaded machine.
		test.setTimeout(180_000);
		const seen = new Set<string>();
		for (const path of [...modulePages, ...mlopsPages]) {
			await printed(page, path);
			const tables = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLTableElement>('.sl-markdown-content table')].map((table) => {
					const cell = table.querySelector('td') ?? table;
					return {
						fit: table.dataset['printFit'] ?? '',
						wrap: getComputedStyle(cell).overflowWrap,
						wordBreak: getComputedStyle(cell).wordBreak,
						fontSize: Number.parseFloat(getComputedStyle(table).fontSize),
						text: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
						// A table stands in its frame (rehype-scrollable-tables.ts), which takes the named page.
						page: getComputedStyle(table.closest('.table-frame') ?? table).page,
					};
				}),
			);
			for (const table of tables) {
				seen.add(table.fit);
				expect(table.wrap).toBe('normal');
				expect(table.wordBreak).toBe('normal');
				expect(table.page).toBe(table.fit.includes('landscape') ? 'landscape' : 'auto');
				const scale = table.fontSize / table.text;
				if (table.fit.includes('small')) expect(scale).toBeLessThan(0.8);
				else expect(scale).toBeGreaterThan(0.8);
			}
		}
		// The course has tables of each kind: as they are, and too wide for a portrait page at that size.
		expect(seen.has('')).toBe(true);
		expect([...seen].some((fit) => fit !== '')).toBe(true);
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

test.describe('printing from the browser (Ctrl+P) numbers and names every page', () => {
	// Pages without a handout of their own, in both editions, and a module page, which has one.
	const pages = [
		...['/getting-started/', '/reference/faq/', '/reference/troubleshooting/', '/reference/cleanup/']
			.concat(modulePages.slice(0, 1))
			.map((path) => ({ edition: 'student' as const, path })),
		...instructorPages.map(({ slug }) => ({ edition: 'instructor' as const, path: `/${slug}/` })),
	];

	test('the course has the pages this checks', () => {
		expect(pages.filter((entry) => entry.edition === 'instructor').length).toBeGreaterThan(3);
	});

	for (const { edition, path } of pages) {
		test(`${edition} ${path}: every printed page has the course and page title and "page N of M" in its footer`, async ({
			page,
		}) => {
			const course = new CoursePage(page, edition);
			await course.goto(path);
			const title = normalizeText((await page.locator('main h1').first().textContent()) ?? '');
			expect(title.length).toBeGreaterThan(0);
			// As the print dialog prints: the page's own print styles and page margins, no header or footer templates.
			const pdf = await page.pdf({ format: 'A4' });
			const printed = (await pdfPagesText(new Uint8Array(pdf))).map(normalizeText);
			expect(printed.length).toBeGreaterThan(0);
			printed.forEach((text, index) => {
				const where = `${path} page ${String(index + 1)}`;
				expect(text, where).toContain(`${courseTitle} · `);
				expect(text, where).toContain(title);
				expect(text, where).toContain(
					`${editionLabelOf(edition)} · page ${String(index + 1)} of ${String(printed.length)}`,
				);
			});
		});
	}
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
