// A slide whose content is taller than the slide (a wide table of long cells, a long list on a narrow font)
// would be cut off at the bottom: before reveal.js lays the deck out, each such slide's body is set in a
// smaller type until it fits, measured in the browser with the fonts it really has.

/** The smallest share of the deck's type size a slide body may shrink to: below it, split the slide instead. */
const smallest = 0.6;

/** Shrinks the body of every slide that does not fit `height` (the deck's slide height, in CSS pixels). */
export function fitSlides(slides: HTMLElement[], width: number, height: number): void {
	const box = document.createElement('div');
	// The slide's own box, off screen: the same width and styles (`.reveal .slides section`) as on screen.
	box.className = 'reveal deck-measure';
	box.style.cssText = `position:absolute;left:-10000px;top:0;width:${String(width)}px;visibility:hidden`;
	const frame = document.createElement('div');
	frame.className = 'slides';
	box.append(frame);
	document.body.append(box);
	for (const slide of slides) {
		const body = slide.querySelector<HTMLElement>('.deck-body');
		if (!body) continue;
		const placeholder = document.createComment('slide');
		slide.replaceWith(placeholder);
		frame.append(slide);
		slide.style.display = 'block';
		slide.style.height = 'auto';
		for (let scale = 1; slide.scrollHeight > height && scale > smallest; scale -= 0.05) {
			body.style.fontSize = `${String(Math.round((scale - 0.05) * 100))}%`;
		}
		slide.style.removeProperty('display');
		slide.style.removeProperty('height');
		placeholder.replaceWith(slide);
	}
	box.remove();
}
