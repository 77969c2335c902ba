/** Set on the root element once every deferred block has been laid out for real (see course.css). */
const laidOutAttribute = 'data-laid-out';

/**
 * Code blocks and diagrams below the fold are laid out only when they come near the screen (content-visibility
 * in course.css), at an estimated height until then. A jump to a section further down (a table of contents
 * entry, a link with a #fragment, a page opened at one) would land by those estimates, thousands of pixels off.
 * So just before such a jump everything is laid out for real, once; a reader who starts at the top and scrolls
 * keeps the saving.
 */
export function layOutBeforeJumps(root: Document): void {
	const layOutAll = (): void => {
		root.documentElement.setAttribute(laidOutAttribute, '');
	};
	const targetOf = (hash: string): Element | null =>
		hash ? root.getElementById(decodeURIComponent(hash.slice(1))) : null;

	// A click on a link into this page: lay out before the browser works out where the target is.
	root.addEventListener(
		'click',
		(event) => {
			const link = event.target instanceof Element ? event.target.closest('a[href*="#"]') : null;
			if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
			if (link.pathname === location.pathname && targetOf(link.hash)) layOutAll();
		},
		{ capture: true },
	);
	// Back, forward, or a fragment typed into the address bar: the browser has already jumped, so jump again.
	const jumpAgain = (): void => {
		const target = targetOf(location.hash);
		if (!target) return;
		layOutAll();
		target.scrollIntoView();
	};
	window.addEventListener('hashchange', jumpAgain);
	// A page opened at a fragment: the browser jumped while the page was loading.
	jumpAgain();
}
