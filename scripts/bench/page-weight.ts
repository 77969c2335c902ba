import type { Browser, Page } from 'playwright';
import { addSizes, compressedSizes, noBytes, type Sizes } from './compressed-size.ts';
import { readPageAssets } from './static-assets.ts';

/** What a page costs on first load, by kind of resource, as Chromium fetched it. */
export interface PageWeight {
	url: string;
	requests: number;
	html: Sizes;
	/** External stylesheets plus inline `<style>`. */
	css: Sizes;
	/** External scripts and modules (with everything they import, the search UI included) plus inline `<script>`. */
	js: Sizes;
	/** Fonts, images, icons and anything else the browser fetched. */
	other: Sizes;
	/** Pagefind files fetched before anyone searched (should be none). */
	pagefindAtLoad: Sizes;
	/** Bytes of scripts that carry Mermaid (the course renders diagrams at build time: should be 0). */
	mermaidJs: number;
}

/** One response the page received, with its body. */
interface Fetched {
	url: string;
	type: string;
	body: Buffer;
}

/**
 * What a built page costs: bytes from its files on disk and everything they reference (see
 * `static-assets.ts`), and the number of requests Chromium made loading it in a fresh context.
 */
export async function measurePageWeight(
	browser: Browser,
	siteDir: string,
	siteUrl: string,
	path: string,
): Promise<PageWeight> {
	const assets = await readPageAssets(siteDir, path);
	const context = await browser.newContext();
	const page = await context.newPage();
	const fetched = await recordResponses(page, async () => {
		await loadCompletely(page, new URL(path, siteUrl).toString());
	});
	await context.close();

	const sum = (bodies: Buffer[]): Sizes =>
		bodies.reduce<Sizes>((total, body) => addSizes(total, compressedSizes(body)), noBytes);
	const pagefind = fetched.filter((response) => new URL(response.url).pathname.includes('/pagefind/'));
	const other = fetched.filter(
		(response) => !pagefind.includes(response) && !['document', 'stylesheet', 'script'].includes(response.type),
	);
	return {
		url: path,
		requests: fetched.length,
		html: compressedSizes(assets.html),
		css: sum(assets.css),
		js: sum(assets.js.map((script) => script.body)),
		other: sum(other.map((response) => response.body)),
		pagefindAtLoad: sum(pagefind.map((response) => response.body)),
		mermaidJs: assets.js
			.filter((script) => /mermaid/i.test(script.body.toString()))
			.reduce((total, script) => total + script.body.byteLength, 0),
	};
}

/**
 * Loads a page and waits until it has fetched everything it fetches unasked: Starlight loads the search UI
 * in an idle callback after the page loaded, which can fire after the network first went quiet.
 */
export async function loadCompletely(page: Page, url: string): Promise<void> {
	// The machine is shared with other builds: be patient rather than measure a half-loaded page.
	page.setDefaultTimeout(120_000);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				requestIdleCallback(() => {
					resolve();
				});
			}),
	);
	await page.waitForLoadState('networkidle');
}

/** Records every response (with its body) that arrives while `action` runs. */
export async function recordResponses(page: Page, action: () => Promise<void>): Promise<Fetched[]> {
	const pending: Promise<Fetched | undefined>[] = [];
	page.on('response', (response) => {
		pending.push(
			response
				.body()
				.then((body) => ({ url: response.url(), type: response.request().resourceType(), body }))
				// Redirects and aborted requests have no body: they cost a request but no bytes.
				.catch(() => ({ url: response.url(), type: response.request().resourceType(), body: Buffer.alloc(0) })),
		);
	});
	await action();
	const all = await Promise.all(pending);
	page.removeAllListeners('response');
	return all.filter((response) => response !== undefined);
}
