import type { Browser } from 'playwright';
import { addSizes, compressedSizes, noBytes, type Sizes } from './compressed-size.ts';
import { loadCompletely, recordResponses } from './page-weight.ts';

/** What the first search on a page fetches from `/pagefind/`. */
export interface PagefindQuery {
	query: string;
	requests: number;
	bytes: Sizes;
	results: number;
}

/**
 * Opens a page, searches once through Starlight's search dialog as a reader would, and sums every
 * `/pagefind/` response from the page load until the results are shown (the UI, the WebAssembly, the
 * index chunks and the first results' fragments).
 */
export async function measurePagefindQuery(browser: Browser, url: string, query: string): Promise<PagefindQuery> {
	const context = await browser.newContext();
	const page = await context.newPage();
	let results = 0;
	const fetched = await recordResponses(page, async () => {
		await loadCompletely(page, url);
		await page.getByRole('button', { name: 'Search' }).first().click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
		await dialog.locator('.pagefind-ui__result-link').first().waitFor();
		await page.waitForLoadState('networkidle');
		// Pagefind loads fragments for the results it shows; let the last of them land.
		await page.waitForTimeout(500);
		results = await dialog.locator('.pagefind-ui__result-link').count();
	});
	await context.close();
	const pagefind = fetched.filter((response) => new URL(response.url).pathname.includes('/pagefind/'));
	return {
		query,
		requests: pagefind.length,
		bytes: pagefind.reduce<Sizes>((total, response) => addSizes(total, compressedSizes(response.body)), noBytes),
		results,
	};
}
