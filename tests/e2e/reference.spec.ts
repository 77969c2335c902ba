import { expect, test } from '@playwright/test';
import { CoursePage } from './course-page.ts';

interface Hit {
	url: string;
	anchors: string[];
}

/** Searches the edition's real Pagefind index from the page, as the search dialog does. */
async function searchIndex(page: import('@playwright/test').Page, query: string): Promise<Hit[]> {
	return page.evaluate(async (term) => {
		const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
			search(q: string): Promise<{ results: { data(): Promise<{ url: string; sub_results: { url: string }[] }> }[] }>;
		};
		const { results } = await pagefind.search(term);
		const data = await Promise.all(results.slice(0, 8).map((result) => result.data()));
		return data.map((item) => ({ url: item.url, anchors: item.sub_results.map((sub) => sub.url) }));
	}, query);
}

for (const path of ['/reference/faq/', '/reference/troubleshooting/']) {
	test(`every entry of ${path} is its own linkable heading and is found by search`, async ({ page }) => {
		const student = new CoursePage(page, 'student');
		await student.goto(path);
		const entries = await page
			.locator('.sl-markdown-content h3')
			.evaluateAll((headings) => headings.map((heading) => ({ id: heading.id, text: heading.textContent })));
		expect(entries.length).toBeGreaterThanOrEqual(path.includes('faq') ? 7 : 9);
		const ids = entries.map((entry) => entry.id);
		expect(new Set(ids).size, 'anchors are unique').toBe(ids.length);
		for (const { id, text } of entries) {
			expect(id, text).not.toBe('');
			await page.goto(student.url(`${path}#${id}`));
			await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
			const hits = await searchIndex(page, text.replace(/[^\p{L}\p{N}\s]/gu, ' '));
			const found = hits.some((hit) => hit.anchors.some((anchor) => anchor.endsWith(`${path}#${id}`)));
			expect(found, `search for "${text}" finds ${path}#${id}`).toBe(true);
		}
	});
}
