import type { Browser, Page } from 'playwright';
import { addSizes, compressedSizes, noBytes, type Sizes } from './compressed-size.ts';

/** What a page costs on first load, by kind of resource, as Chromium fetched it. */
export interface PageWeight {
	url: string;
	requests: number;
	html: Sizes;
	/** External stylesheets plus inline `<style>`. */
	css: Sizes;
	/** External scripts and modules (with everything they import) plus inline `<script>`. */
	js: Sizes;
	/** Fonts, images, icons and anything else. */
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
 * Loads a page in a fresh browser context (empty cache) and records every request until the network is
 * idle, so module imports, fonts and lazy scripts the page really loads are all counted.
 */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const fetched = await recordResponses(page, async () => {
		await page.goto(url, { waitUntil: 'networkidle' });
	});
	const inline = await page.evaluate(() => ({
		scripts: [...document.querySelectorAll('script:not([src])')]
			// Data blocks (JSON-LD and the like) are not executed code.
			.filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
			.map((script) => script.textContent),
		styles: [...document.querySelectorAll('style')].map((style) => style.textContent),
	}));
	await context.close();

	const sum = (bodies: (Buffer | string)[]): Sizes =>
		bodies.reduce<Sizes>((total, body) => addSizes(total, compressedSizes(body)), noBytes);
	const pagefind = fetched.filter((response) => new URL(response.url).pathname.includes('/pagefind/'));
	const own = fetched.filter((response) => !pagefind.includes(response));
	const ofType = (...types: string[]): Buffer[] =>
		own.filter((response) => types.includes(response.type)).map((response) => response.body);
	const scripts = [...ofType('script'), ...inline.scripts];
	return {
		url,
		requests: fetched.length,
		html: sum(ofType('document')),
		css: sum([...ofType('stylesheet'), ...inline.styles]),
		js: sum(scripts),
		other: sum(
			own.filter((response) => !['document', 'stylesheet', 'script'].includes(response.type)).map((r) => r.body),
		),
		pagefindAtLoad: sum(pagefind.map((response) => response.body)),
		mermaidJs: scripts
			.filter((script) => /mermaid/i.test(script.toString()))
			.reduce((total, script) => total + Buffer.byteLength(script), 0),
	};
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
