// The deck as the Markdown plugin hands it to the deck route: plain, serialisable data (it travels in the
// page's remark front matter), already HTML, already without instructor material in the student edition.

/** One slide of a deck. */
export interface DeckSlide {
	/** Unique in the deck; reveal.js uses it in the URL hash (`#/topic-2`). */
	id: string;
	/** What the slide is, for styles and tests. */
	kind: 'title' | 'objectives' | 'plan' | 'topic' | 'part' | 'diagram' | 'extra' | 'discussion' | 'takeaways';
	/** The slide's heading, as text: the slide's landmark is named by it. */
	heading: string;
	/** A short line above the heading: "Topic 2 of 4 · 15 min". */
	kicker?: string | undefined;
	/** The slide's body, as HTML. */
	html: string;
	/** Speaker notes, as HTML: only ever set in the instructor edition. */
	notes?: string | undefined;
	/** Seconds this slide may take in the speaker view's pacing timer (timed decks only). */
	timing?: number | undefined;
	/** The lecture topic the slide belongs to (1-based), if any. */
	topic?: number | undefined;
}

/** A whole deck: its identity, the facts of its title slide and its slides in order. */
export interface Deck {
	id: string;
	/** "Module 1: Fraud detection", "MLOps: Deployment strategies". */
	title: string;
	/** The page the deck is generated from, as a root-relative path without the base path. */
	pagePath: string;
	/** Whether the slides carry `data-timing` for the speaker view's pacing timer. */
	timed: boolean;
	slides: DeckSlide[];
}
