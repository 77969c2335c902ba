import { expect, test, type Page } from '@playwright/test';
import { CoursePage } from './course-page.ts';

// The longest page: most code blocks and diagrams above its later sections, each laid out only near the screen.
const longPage = '/modules/customer-churn/';

/**
 * How far the heading with this id sits from where a jump to it should put it: below the top of the screen by
 * the page's scroll padding (Starlight's, clearing the fixed header) and the heading's own scroll margin.
 */
function offsetFromLanding(page: Page, id: string): Promise<number> {
	return page.evaluate((id) => {
		const heading = document.getElementById(id);
		if (!heading) throw new Error(`no element with id ${id}`);
		const landing =
			parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) +
			parseFloat(getComputedStyle(heading).scrollMarginTop);
		return Math.round(heading.getBoundingClientRect().top - landing) || 0; // never -0
	}, id);
}

/**
 * The ids of the table of contents' entries at these fractions of its length (0.75: three quarters of the way
 * down), so the tests follow the page as its sections change.
 */
async function sectionsAt(page: Page, ...fractions: number[]): Promise<string[]> {
	const ids = await page
		.locator('starlight-toc a[href^="#"]')
		.evaluateAll((links) => links.map((link) => decodeURIComponent((link as HTMLAnchorElement).hash.slice(1))));
	return fractions.map((fraction) => {
		const id = ids[Math.floor(ids.length * fraction)];
		if (!id) throw new Error(`the table of contents has too few entries (${String(ids.length)})`);
		return id;
	});
}

/** The table of contents' entry for the section with this id. */
const tocEntry = (page: Page, id: string) => page.locator(`starlight-toc a[href="#${encodeURIComponent(id)}"]`);

test.describe('jumping to a section of a long page', () => {
	test.use({ viewport: { width: 1400, height: 900 } });

	test('a table of contents entry far down brings its heading to the top and marks the entry current', async ({
		page,
	}) => {
		const site = new CoursePage(page, 'student');
		await site.goto(longPage);
		for (const id of await sectionsAt(page, 0.75, 0.3)) {
			const entry = tocEntry(page, id);
			await entry.click();
			await expect.poll(() => offsetFromLanding(page, id), `${id} after the jump`).toBe(0);
			await expect(entry).toHaveAttribute('aria-current', 'true');
			// Nothing laid out late pushes it away.
			await page.waitForTimeout(500);
			expect(await offsetFromLanding(page, id), `${id} half a second later`).toBe(0);
		}
	});

	test('a page opened at a section far down shows that section at the top, and Back returns to the one before', async ({
		page,
	}) => {
		const site = new CoursePage(page, 'student');
		await site.goto(longPage);
		const [earlier = '', later = ''] = await sectionsAt(page, 0.4, 0.8);
		await page.goto('about:blank');
		await site.goto(`${longPage}#${encodeURIComponent(earlier)}`);
		await expect.poll(() => offsetFromLanding(page, earlier), `${earlier} on opening`).toBe(0);
		await tocEntry(page, later).click();
		await expect.poll(() => offsetFromLanding(page, later), `${later} after the jump`).toBe(0);
		await page.goBack();
		await expect.poll(() => offsetFromLanding(page, earlier), `${earlier} after Back`).toBe(0);
	});
});
