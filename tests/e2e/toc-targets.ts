import type { Page } from '@playwright/test';
import { tocTargets } from '../../src/toc/targets.ts';
import { starlightTocSelectors } from '../../src/toc/vite-plugin-toc-targets.ts';

/**
 * What the page's table of contents watches (our `tocTargets`, which ships in its script) beside what Starlight's
 * own selector finds, each element as `position:tag#id`; undefined on a page without a table of contents.
 */
export async function tocTargetsBesideStarlight(
	page: Page,
): Promise<{ ours: string[]; starlight: string[] } | undefined> {
	const toc = page.locator('starlight-toc');
	if ((await toc.count()) === 0) return undefined;
	// The heading selector Starlight's script builds from the table of contents' levels.
	const headingSelector = await toc.evaluate((element: HTMLElement) => {
		const min = Number(element.dataset['minH'] ?? 2);
		const max = Number(element.dataset['maxH'] ?? 3);
		const levels = Array.from({ length: 1 + max - min }, (_, index) => `h${min + index}`);
		return `h1#_top,:where(${levels.join()})[id]`;
	});
	const ours = await page.evaluateHandle(tocTargets, headingSelector);
	return page.evaluate(
		([found, selectors, heading]) => {
			const position = new Map([...document.querySelectorAll('*')].map((element, index) => [element, index]));
			const describe = (element: Element) => `${position.get(element) ?? -1}:${element.localName}#${element.id}`;
			const starlight = document.querySelectorAll(
				selectors.map((selector) => selector.replaceAll('${}', heading)).join(),
			);
			return { ours: found.map(describe), starlight: [...starlight].map(describe) };
		},
		[ours, starlightTocSelectors, headingSelector] as const,
	);
}
