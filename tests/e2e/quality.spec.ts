import { expect, test, type Page } from '@playwright/test';
import type { Edition } from '../../src/edition/edition.ts';
import { accessibilityViolations } from './axe.ts';
import { CoursePage } from './course-page.ts';
import { allPaths, instructorPaths } from './course-data.ts';
import { tocTargetsBesideStarlight } from './toc-targets.ts';

const pagesOf: Record<Edition, string[]> = {
	student: allPaths.filter((path) => !instructorPaths.includes(path)),
	instructor: allPaths,
};

/** The two screens every page is checked on: a laptop and a phone. */
const screens = {
	laptop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 },
} as const;

/**
 * Brings the whole page into view at once, with the page's own styles as shipped: code blocks and diagrams use
 * `content-visibility: auto`, so the browser renders them only near the screen (and axe cannot measure what is
 * not rendered). A window as tall as the page puts every one of them on screen, rendered with the containment
 * the reader gets, at the reader's width. Rendering makes blocks taller than their estimate, so it repeats until
 * the height holds.
 */
async function bringEverythingIntoView(page: Page, width: number): Promise<void> {
	// The DevTools protocol's own override: Playwright's setViewportSize also resizes the headless window,
	// which at a height of 100,000 px took 40–55 s a step (the collected notes page timed out); this takes 0.1 s.
	const devtools = await page.context().newCDPSession(page);
	let height = 0;
	for (let round = 0; round < 6; round += 1) {
		const next = await page.evaluate(() => document.documentElement.scrollHeight);
		if (next === height) break;
		height = next;
		await devtools.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	}
	const skipped = await page.evaluate(
		() =>
			[...document.querySelectorAll('.sl-markdown-content :is(.expressive-code, figure.diagram)')].filter(
				// Shown (not in a closed <details> or a hidden tab panel) but not rendered: skipped as off screen.
				(element) => element.checkVisibility() && !element.checkVisibility({ contentVisibilityAuto: true }),
			).length,
	);
	expect(skipped, 'blocks the browser skipped rendering').toBe(0);
}

/**
 * Everything in the text column that scrolls sideways: each must be a region a keyboard can reach and a screen
 * reader can name (code blocks must not scroll at all: they wrap).
 */
async function sidewaysScrollers(page: Page): Promise<{ code: string[]; unreachable: string[]; page: number }> {
	return page.evaluate(() => {
		const describe = (element: Element) =>
			`${element.localName}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}: ${element.textContent.trim().slice(0, 60)}`;
		const scrolls = (element: Element) =>
			element.scrollWidth > element.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(element).overflowX);
		const content = [...document.querySelectorAll('.sl-markdown-content *')];
		return {
			code: [...document.querySelectorAll('.sl-markdown-content .expressive-code pre')]
				.filter((pre) => pre.scrollWidth > pre.clientWidth + 1)
				.map(describe),
			unreachable: content
				.filter(scrolls)
				.filter((element) => {
					// Reachable: a named region the keyboard can focus, or a strip of controls (Starlight's tab list)
					// that a keyboard scrolls by focusing the controls in it.
					const named = Boolean(element.getAttribute('aria-label') || element.getAttribute('aria-labelledby'));
					const focusable = element instanceof HTMLElement && element.tabIndex >= 0;
					const holdsControls = element.querySelector('a[href], button, [role="tab"], input, select') !== null;
					return !((focusable && named) || holdsControls);
				})
				.map(describe),
			page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
		};
	});
}

for (const edition of ['student', 'instructor'] as const) {
	test.describe(`every page of the ${edition} edition`, () => {
		// A module page holds thousands of highlighted code tokens, each checked for contrast in both themes:
		// 20–30 s on the two-core CI machine with the other worker busy (the collected notes page, the largest, well over a minute on a loaded machine), so more room than the default 30 s.
		test.describe.configure({ timeout: 240_000 });
		for (const path of pagesOf[edition]) {
			for (const [screen, size] of Object.entries(screens)) {
				test(`${path} on a ${screen} has no axe violations in light or dark theme, nothing that scrolls sideways unnamed, and code that wraps on any font${screen === 'laptop' ? ", loads nothing from outside the site, and its table of contents watches what Starlight's would" : ''}`, async ({
					page,
				}) => {
					await page.setViewportSize(size);
					const site = new CoursePage(page, edition);
					const origin = new URL(site.url('/')).origin;
					const outside: string[] = [];
					page.on('request', (request) => {
						const url = new URL(request.url());
						if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:')
							outside.push(request.url());
					});
					await site.goto(path);
					if (screen === 'laptop') {
						// Our faster table of contents scan (src/toc/targets.ts) must watch what Starlight's selector would.
						const toc = await tocTargetsBesideStarlight(page);
						expect.soft(toc?.ours, `${edition} ${path}: what the table of contents watches`).toEqual(toc?.starlight);
					}
					await page.evaluate(() => document.fonts.ready);
					await bringEverythingIntoView(page, size.width);
					await site.setTheme('light');
					expect.soft(await accessibilityViolations(page), `${edition} ${path} in the light theme`).toEqual([]);
					await site.setTheme('dark');
					expect.soft(await accessibilityViolations(page), `${edition} ${path} in the dark theme`).toEqual([]);
					const scrollers = await sidewaysScrollers(page);
					expect.soft(scrollers.code, 'code blocks that scroll sideways').toEqual([]);
					expect.soft(scrollers.unreachable, 'regions that scroll sideways but cannot be reached or named').toEqual([]);
					expect.soft(scrollers.page, 'how far the page itself scrolls sideways').toBe(0);
					// Another machine's fonts may be wider: with every glyph a fifth wider, code still wraps.
					await page.addStyleTag({ content: '.expressive-code code { letter-spacing: 0.2ch !important; }' });
					expect.soft((await sidewaysScrollers(page)).code, 'code blocks that scroll with wider glyphs').toEqual([]);
					expect.soft(outside, `requests outside ${origin}`).toEqual([]);
				});
			}
		}
	});
}
