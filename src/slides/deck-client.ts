// The deck's one script, loaded only on /slides/ pages: reveal.js with keyboard navigation, hash URLs,
// full screen and, in the instructor edition only, the notes plugin (speaker view: notes, next slide, pacing
// timer from each slide's data-timing). `?print-pdf` prints one slide per page, with the speaker notes on a
// page of their own in the instructor edition.
import Reveal, { type RevealConfig } from 'reveal.js';
import { notes } from 'virtual:course/deck-plugins';
import { fitSlides } from './fit-slides.ts';

/** The slide size reveal.js scales to the screen; the styles (deck.css) are set for it. */
const slideSize = { width: 1280, height: 720 };

export async function startDeck(): Promise<void> {
	const root = document.querySelector<HTMLElement>('.reveal');
	if (!root) return;
	const printing = new URLSearchParams(location.search).has('print-pdf');
	// Only the instructor edition's bundle holds the notes plugin: the student decks have no notes to show.
	const instructor = notes !== undefined;
	const plugins = notes ? [notes] : [];
	const timed = document.querySelector('[data-timing]') !== null;
	// reveal.js's types lag its documented options: defaultTiming takes seconds, showNotes 'separate-page'.
	const config = {
		...slideSize,
		margin: 0.04,
		center: false,
		hash: true,
		// Our own labelled buttons (in a navigation landmark) replace reveal.js's arrows.
		controls: false,
		progress: true,
		slideNumber: 'c/t',
		transition: 'none',
		backgroundTransition: 'none',
		// Pacing in the speaker view: topic slides carry their share of the topic's minutes; a slide without
		// data-timing takes none of the lecture's time.
		defaultTiming: timed ? 0 : null,
		showNotes: printing && instructor ? 'separate-page' : false,
		pdfMaxPagesPerSlide: 1,
		// `?view=scroll` shows every slide one below the other, for reading on a phone (and for axe).
		view: new URLSearchParams(location.search).get('view') === 'scroll' ? 'scroll' : null,
		plugins,
	} as unknown as RevealConfig;
	await document.fonts.ready;
	// The bottom band of each slide stays clear for the slide number and the controls.
	fitSlides([...root.querySelectorAll<HTMLElement>('.slides > section')], slideSize.width, slideSize.height - 48);
	const deck = new Reveal(root, config);
	await deck.initialize();

	// The speaker view shows this deck in two frames (`?receiver`): they need the slides only.
	const toolbar = document.querySelector<HTMLElement>('.deck-toolbar');
	if (toolbar && (new URLSearchParams(location.search).has('receiver') || printing)) toolbar.hidden = true;

	const buttons = document.querySelectorAll<HTMLElement>('[data-deck]');
	for (const button of buttons) {
		const action = button.dataset['deck'];
		if (action === 'prev')
			button.addEventListener('click', () => {
				deck.prev();
			});
		if (action === 'next')
			button.addEventListener('click', () => {
				deck.next();
			});
		if (action === 'fullscreen')
			button.addEventListener('click', () => void document.documentElement.requestFullscreen());
		if (action === 'handout')
			button.addEventListener('click', () => {
				window.print();
			});
		if (action === 'speaker') {
			button.addEventListener('click', () => {
				const speaker = deck.getPlugin('notes') as { open?: () => void } | undefined;
				speaker?.open?.();
			});
		}
	}
}
