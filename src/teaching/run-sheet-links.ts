import type { RunSheetBlock } from '../course/run-sheet.ts';
import { namesTopic, planDecks, sessionDeckHref, type PlannedPage } from '../slides/deck-plan.ts';
import { findHeading, notesOfSection, sectionEnd, type OutlineNote, type PageOutline } from './page-outline.ts';

/** Where a run sheet block leads: its part of the page, its slides and its instructor notes. */
export interface BlockLinks {
	section?: string | undefined;
	slides?: string | undefined;
	notes?: { href: string; count: number } | undefined;
}

/** The page heading each kind of session block is taught from (lectures are found by their topic's title). */
const sectionHeadings: Partial<Record<RunSheetBlock['kind'], (text: string) => boolean>> = {
	exercise: (text) => /^(lab\b|group exercise)/i.test(text),
	'solution-review': (text) => /^solution review/i.test(text),
	discussion: (text) => /^discussion questions/i.test(text),
};

/**
 * The links of one block of the run sheet, as root-relative URLs under `base`: the section of the page it is
 * taught from (a lecture topic's heading, the lab, the solution review, the discussion; for a session taught
 * from topic pages, the topic's page), its slides (`sessionDeckHref`, with the topic for a lecture) and the
 * first instructor note of that section. Breaks, lunch, buffers and open time have none.
 */
export function blockLinks(
	block: RunSheetBlock,
	pages: PlannedPage[],
	outlines: Map<string, PageOutline>,
	base: string,
): BlockLinks {
	const sessionId = block.sessionId;
	if (!sessionId || block.kind === 'buffer' || block.kind === 'open') return {};
	const prefix = base.replace(/\/?$/, '/');
	const topicDeck =
		block.topic === undefined
			? undefined
			: planDecks(pages).find((plan) => plan.sessionPageId === sessionId && plan.topic?.index === block.topic);
	const pageId = topicDeck?.pageId ?? sessionId;
	const outline = outlines.get(pageId);
	const slides = sessionDeckHref(base, sessionId, pages, block.topic);
	if (!outline) return { slides };
	const pageHref = `${prefix}${pageId}/`;
	const matcher =
		block.kind === 'lecture' ? (text: string) => namesTopic(text, block.title) : sectionHeadings[block.kind];
	const index = topicDeck ? -1 : matcher ? findHeading(outline, (heading) => matcher(heading.text)) : -2;
	if (index === -2 || (index === -1 && !topicDeck)) return { slides };
	const notes = topicDeck
		? outline.notes
		: block.kind === 'lecture'
			? notesOfTopic(outline, index, otherTopics(pages, sessionId, block.title))
			: notesOfSection(outline, index);
	const first = notes[0];
	return {
		section: index === -1 ? pageHref : `${pageHref}#${outline.headings[index]?.anchor ?? ''}`,
		slides,
		notes: first ? { href: `${pageHref}#${first.anchor}`, count: notes.length } : undefined,
	};
}

/** The titles of a session's other lecture topics. */
function otherTopics(pages: PlannedPage[], sessionId: string, title: string): string[] {
	const session = pages.find((page) => page.id === sessionId)?.data.session;
	return (session?.lecture?.topics ?? []).map((topic) => topic.title).filter((other) => other !== title);
}

/**
 * The notes of a lecture topic: as its slides run, from its heading to the next topic's heading or the end of
 * its parent section, sub-sections and sibling sections between them included.
 */
function notesOfTopic(outline: PageOutline, index: number, others: string[]): OutlineNote[] {
	const depth = outline.headings[index]?.depth ?? 2;
	const parent = outline.headings.findLastIndex((heading, position) => position < index && heading.depth < depth);
	const parentEnd = parent === -1 ? outline.headings.length : sectionEnd(outline, parent);
	const nextTopic = outline.headings.findIndex(
		(heading, position) => position > index && others.some((title) => namesTopic(heading.text, title)),
	);
	const end = nextTopic === -1 ? parentEnd : Math.min(nextTopic, parentEnd);
	return outline.notes.filter((note) => note.heading >= index && note.heading < end);
}
