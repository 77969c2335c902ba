/** Set on a table's frame while its table is wider than the column: which sides have more to scroll to. */
const overflowAttribute = 'data-overflow';

/**
 * Marks each table frame whose table is wider than the text column, so styles/tables.css can show that it
 * scrolls (a fading edge and a hint) and keep its first column in view. Which sides have more to see changes
 * as the reader scrolls and as the window resizes; a table that fits gets no mark and looks as it always did.
 */
export function markTableOverflow(root: Document): void {
	const frames = [...root.querySelectorAll<HTMLElement>('.table-frame')];
	if (frames.length === 0) return;
	const update = (frame: HTMLElement): void => {
		const scroller = frame.firstElementChild;
		if (!(scroller instanceof HTMLElement)) return;
		const hidden = scroller.scrollWidth - scroller.clientWidth;
		// Logical sides: scrollLeft is 0 at the start and negative towards the end in right-to-left text.
		const scrolled = Math.abs(scroller.scrollLeft);
		const sides = [scrolled > 1 ? 'start' : '', scrolled < hidden - 1 ? 'end' : ''].filter(Boolean).join(' ');
		if (hidden > 1) frame.setAttribute(overflowAttribute, sides);
		else frame.removeAttribute(overflowAttribute);
	};
	const resized = new ResizeObserver((entries) => {
		for (const entry of entries) if (entry.target.parentElement) update(entry.target.parentElement);
	});
	for (const frame of frames) {
		const scroller = frame.firstElementChild;
		if (!scroller) continue;
		resized.observe(scroller);
		scroller.addEventListener(
			'scroll',
			() => {
				update(frame);
			},
			{ passive: true },
		);
	}
}
