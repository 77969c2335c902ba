/**
 * The elements Starlight's table of contents watches to tell which section is on screen, found in one walk of
 * the page instead of by Starlight's selector:
 *
 * ```css
 * main :where(H),
 * main :where(H, .sl-heading-wrapper) ~ *:not(:has(H)),
 * main .sl-markdown-content > *:not(:has(H)),
 * main > *:not(:has(H))
 * ```
 *
 * where H is the table of contents' heading selector. Chromium matches `*:not(:has(H))` against every element of
 * the page and searches each one's subtree, so on a module page of 9,000 elements (most of them highlighted code)
 * each of the two tables of contents blocked the main thread for about 100 ms, four times that on a throttled
 * phone. This walk visits only the elements on the way to a heading, a heading wrapper or the Markdown content,
 * and returns the same elements in the same (document) order; a Playwright test compares the two on every page.
 *
 * It is self-contained on purpose (no imports, no outer variables): it ships inside Starlight's table of
 * contents script, and the test runs it in the page as it is.
 */
export function tocTargets(headingSelector: string): Element[] {
	const targets: Element[] = [];
	// Starlight renders one <main>; anything outside it is never watched.
	const main = document.querySelector('main');
	if (!main) return targets;
	const ancestorsInMain = (element: Element): Element[] => {
		const ancestors: Element[] = [];
		for (let parent = element.parentElement; parent && parent !== main; parent = parent.parentElement) {
			ancestors.push(parent);
		}
		return ancestors;
	};
	// `:has(H)`: the elements that hold a heading, which are never watched themselves (only the heading is).
	const holdsHeading = new Set(
		[...main.querySelectorAll(`:where(${headingSelector})`)].flatMap((heading) => ancestorsInMain(heading)),
	);
	// Where a watched element can be: under a heading's or heading wrapper's parent, or in the Markdown content.
	const markdownContent = '.sl-markdown-content';
	const landmarks = [...main.querySelectorAll(`:where(${headingSelector}), .sl-heading-wrapper, ${markdownContent}`)];
	const worthVisiting = new Set([
		...landmarks.flatMap((landmark) => ancestorsInMain(landmark)),
		...main.querySelectorAll(markdownContent),
	]);

	const visit = (parent: Element): void => {
		// `main > *` and `main .sl-markdown-content > *`: every child counts, not only those after a heading.
		const everyChildCounts = parent === main || parent.matches(markdownContent);
		let afterHeading = false;
		for (const child of parent.children) {
			const isHeading = child.matches(headingSelector);
			if (isHeading || ((afterHeading || everyChildCounts) && !holdsHeading.has(child))) targets.push(child);
			// `:where(H, .sl-heading-wrapper) ~ *`: every later sibling of a heading or heading wrapper.
			if (isHeading || child.matches('.sl-heading-wrapper')) afterHeading = true;
			if (worthVisiting.has(child)) visit(child);
		}
	};
	visit(main);
	return targets;
}
