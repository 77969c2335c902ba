import { relative } from 'node:path';
import type { Heading, List, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-mdx-jsx';
import { failAt } from '../markdown/fail.ts';
import { slugOf } from '../sources/source-pages.ts';
import { formatHours, formatMinutes } from '../course/format.ts';
import type { Session } from '../course/schema.ts';
import type { Edition } from '../edition/edition.ts';
import { slideDirective } from '../edition/remark-instructor.ts';
import { deckFrontmatterKey, deckHref, namesTopic, type DeckPlan } from './deck-plan.ts';
import type { Deck, DeckSlide } from './deck.ts';
import {
	blocksToHtml,
	calloutToNotes,
	diagramTitle,
	escapeHtml,
	isDiagram,
	isInstructorCallout,
	leadList,
	leadPhrase,
	slideList,
	splitTable,
} from './slide-html.ts';

/** What the configuration hands down. */
export interface RemarkSlidesOptions {
	edition: Edition;
	base: string;
	docsDir: string;
	/** Every deck of the course (`planDecks`), with the title of each deck's page. */
	plans: DeckPlan[];
	titles: Record<string, string>;
}

/** How many list items or bold lead phrases fit on one slide at projector size. */
const slideBudget = 7;
/** Table body rows per slide; a longer table continues on the next slide with its header repeated. */
const tableRows = 6;

type Mark = 'pick' | 'skip';

/** A block of the page as the deck sees it. */
interface Item {
	node: RootContent;
	mark?: Mark | undefined;
}

/** A heading and what follows it up to the next heading. */
interface Section {
	heading?: Heading | undefined;
	depth: number;
	title: string;
	mark?: Mark | undefined;
	items: Item[];
}

/** A piece of a slide, weighed against `slideBudget`; a full piece (diagram, table, own slide) goes alone. */
interface Unit {
	html: string;
	weight: number;
	full?: boolean;
	/** A `:::slide[Heading]` block's own heading. */
	heading?: string | undefined;
	/** A diagram's caption (its `accTitle`). */
	caption?: string | undefined;
}

/**
 * Takes the slide directives out of every page and, for a page with a deck, builds the deck from the page
 * as the course's other plugins left it (instructor callouts in the instructor edition, none in the
 * student edition; diagrams as their build-time SVGs), and hands it to the deck route through the page's
 * remark front matter. It must run after every other remark plugin.
 *
 * ```md
 * :::slide[Heading]      slide-only content: a slide of its own, never on the page
 * ::slide                also put the next block (paragraph, code, table, heading with its section) on a slide
 * ::slide{skip}          leave the next block (or heading with its section) off the slides
 * ```
 */
export function remarkSlides({ edition, base, docsDir, plans, titles }: RemarkSlidesOptions) {
	return function transformer(tree: Root, file: VFile): void {
		const slug = file.path ? slugOf(relative(docsDir, file.path)) : '';
		const plan = plans.find((candidate) => candidate.pageId === slug);
		const sections = takeSlideDirectives(tree, file, plan !== undefined);
		if (!plan) return;
		const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		if (!astro?.frontmatter) return;
		astro.frontmatter[deckFrontmatterKey] = buildDeck({ plan, sections, file, edition, base, plans, titles });
	};
}

/** Removes `:::slide` and `::slide` from the page, checking each, and returns the page's sections. */
function takeSlideDirectives(tree: Root, file: VFile, hasDeck: boolean): Section[] {
	visit(tree, (node, _index, parent) => {
		if ((node.type === 'containerDirective' || node.type === 'leafDirective') && node.name === slideDirective) {
			if (!hasDeck) {
				failAt(
					file,
					node,
					`This page has no slide deck, so "${node.type === 'leafDirective' ? '::' : ':::'}slide" has nothing to mark.`,
					'Decks are generated for session pages (with `session:` front matter) and MLOps topic pages; remove the directive.',
					'slide-without-deck',
				);
			}
			if (parent !== tree) {
				failAt(
					file,
					node,
					'A slide directive must stand at the top level of the page, not inside another block.',
					'Move it out of the surrounding block (an instructor note is already the speaker notes).',
					'slide-nested',
				);
			}
		}
	});
	const sections: Section[] = [{ depth: 1, title: '', items: [] }];
	let pending: { mark: Mark; node: LeafDirective } | undefined;
	const kept: RootContent[] = [];
	for (const node of tree.children) {
		if (node.type === 'leafDirective' && node.name === slideDirective) {
			pending = { mark: markOf(node, file), node };
			continue;
		}
		const current = sections.at(-1) as Section;
		if (node.type === 'containerDirective' && node.name === slideDirective) {
			if (pending) notBeforeSlideBlock(pending.node, file);
			current.items.push({ node });
			continue;
		}
		kept.push(node);
		if (node.type === 'heading') {
			sections.push({ heading: node, depth: node.depth, title: toString(node), mark: pending?.mark, items: [] });
		} else {
			current.items.push({ node, mark: pending?.mark });
		}
		pending = undefined;
	}
	if (pending) {
		failAt(
			file,
			pending.node,
			'"::slide" marks the block after it, but nothing follows.',
			'Put the directive on the line before the paragraph, table, diagram or heading it marks.',
			'slide-mark-last',
		);
	}
	tree.children = kept;
	return sections;
}

function markOf(node: LeafDirective, file: VFile): Mark {
	const names = Object.keys(node.attributes ?? {});
	const label = toString(node);
	if (label !== '' || names.some((name) => name !== 'skip')) {
		failAt(
			file,
			node,
			`"::slide" takes no label and no attribute but "skip"; found ${label ? `[${label}]` : `{${names.join(' ')}}`}.`,
			'Write "::slide" to put the next block on a slide, "::slide{skip}" to leave it off, or ":::slide[Heading]" … ":::" for slide-only content.',
			'slide-attributes',
		);
	}
	return names.includes('skip') ? 'skip' : 'pick';
}

function notBeforeSlideBlock(node: LeafDirective, file: VFile): never {
	return failAt(
		file,
		node,
		'"::slide" cannot mark a ":::slide" block: that block is on a slide already.',
		'Remove the "::slide" line.',
		'slide-mark-slide',
	);
}

interface BuildOptions {
	plan: DeckPlan;
	sections: Section[];
	file: VFile;
	edition: Edition;
	base: string;
	plans: DeckPlan[];
	titles: Record<string, string>;
}

/** Where the sections of a page go: into which lecture topic, if any. */
function topicOfSections(
	plan: DeckPlan,
	sections: Section[],
	file: VFile,
	taughtElsewhere: boolean,
): (number | undefined)[] {
	const owner: (number | undefined)[] = sections.map(() => undefined);
	if (plan.topic) return sections.map(() => 0);
	const topics = plan.session.lecture?.topics;
	if (!topics || taughtElsewhere) return owner;
	let from = 0;
	const starts: number[] = [];
	for (const topic of topics) {
		const start = sections.findIndex(
			(section, index) => index >= from && section.heading && namesTopic(section.title, topic.title),
		);
		if (start === -1) {
			failAt(
				file,
				undefined,
				`The lecture topic "${topic.title}" has no heading on this page${starts.length > 0 ? ' after the previous topic' : ''}, so its slides cannot be made.`,
				`Give the topic's section a heading that starts with "${topic.title}" ("&" and "and" count as the same), in the order of session.lecture.topics.`,
				'slide-topic-heading',
			);
		}
		starts.push(start);
		from = start + 1;
	}
	for (const [topic, start] of starts.entries()) {
		const depth = sections[start]?.depth ?? 2;
		const next = starts[topic + 1] ?? Number.POSITIVE_INFINITY;
		for (let index = start; index < sections.length && index < next; index++) {
			if (index > start && (sections[index]?.depth ?? 0) < depth) break;
			owner[index] = topic;
		}
	}
	return owner;
}

function buildDeck({ plan, sections, file, edition, base, plans, titles }: BuildOptions): Deck {
	const { session } = plan;
	// A session whose topics are pages of their own (the MLOps overview) holds none of them on its page.
	const taughtElsewhere = !plan.topic && plans.some((other) => other.topic && other.sessionPageId === plan.pageId);
	const pageTitle = titles[plan.pageId] ?? plan.pageId;
	const notesOn = edition === 'instructor';
	const owner = topicOfSections(plan, sections, file, taughtElsewhere);
	const topics = plan.topic ? [plan.topic] : taughtElsewhere ? [] : (session.lecture?.topics ?? []);
	const timed = topics.length > 0;
	const title = deckTitle(plan, pageTitle);

	const slides: DeckSlide[] = [];
	const titleSlide: DeckSlide = {
		id: 'title',
		kind: 'title',
		heading: title,
		html: titleFacts(plan, session),
		notes: '',
	};
	slides.push(titleSlide);
	if (!plan.topic) {
		slides.push({
			id: 'objectives',
			kind: 'objectives',
			heading: 'Learning objectives',
			html: listHtml(session.objectives),
		});
	}
	const lecturePlan = planSlide(plan, plans, base);
	if (lecturePlan) slides.push(lecturePlan);

	const notesOf = (section: Section): string =>
		notesOn
			? section.items
					.map((item) => item.node)
					.filter(isInstructorCallout)
					.map((callout) => calloutToNotes(callout, base))
					.join('')
			: '';

	const firstTopicSection = owner.findIndex((topic) => topic !== undefined);
	let skipDepth = Number.POSITIVE_INFINITY;
	let counter = 0;
	const used = new Map<string, number>();
	const uniqueHeading = (heading: string): string => {
		const seen = used.get(heading) ?? 0;
		used.set(heading, seen + 1);
		return seen === 0 ? heading : `${heading} (${String(seen + 1)})`;
	};
	const seenTopics = new Set<number>();

	for (const [index, section] of sections.entries()) {
		if (section.depth <= skipDepth) skipDepth = Number.POSITIVE_INFINITY;
		if (section.mark === 'skip') skipDepth = section.depth;
		if (skipDepth !== Number.POSITIVE_INFINITY) continue;
		const topic = owner[index];
		const notes = notesOf(section);
		if (hasComponent(section, 'DiscussionQuestions')) {
			slides.push({
				id: 'discussion',
				kind: 'discussion',
				heading: 'Discussion questions',
				html: listHtml(session.discussion, true),
				notes: notes || undefined,
			});
			continue;
		}
		if (hasComponent(section, 'KeyTakeaways')) {
			slides.push({
				id: 'takeaways',
				kind: 'takeaways',
				heading: 'Key takeaways',
				html: listHtml(session.takeaways),
				notes: notes || undefined,
			});
			continue;
		}
		// A session's opening sections (before its first topic) are the title slide's notes: timing, preparation.
		const opening = section.depth === 1 || (firstTopicSection !== -1 && index < firstTopicSection);
		// Default content (lists, tables, bold lead phrases) comes from the lecture: its topics' sections, or,
		// for a session without topics on its page, every section.
		const content = topic !== undefined || (topics.length === 0 && section.depth > 1);
		const units = unitsOf(section, content, base);
		const startsTopic = topic !== undefined && !seenTopics.has(topic);
		if (units.length === 0 && (startsTopic || section.mark === 'pick')) units.push({ html: '', weight: 0 });
		if (units.length === 0) {
			if (opening) titleSlide.notes = (titleSlide.notes ?? '') + notes;
			else if (topic !== undefined && notes) {
				const previous = slides.at(-1);
				if (previous) previous.notes = (previous.notes ?? '') + notes;
			}
			continue;
		}
		const sectionHeading = section.depth === 1 ? pageTitle : section.title;
		const packed = pack(units);
		for (const [part, slideUnits] of packed.entries()) {
			const first = startsTopic && part === 0;
			// A topic's first slide is named after the topic's heading, whatever it holds.
			const alone = slideUnits.length === 1 && !first ? slideUnits[0] : undefined;
			// A slide-only block has its own heading; a diagram on a later slide of its section is named by its caption.
			const own = alone?.heading ?? (part > 0 ? alone?.caption : undefined);
			const heading =
				own ??
				(packed.length > 1 && part > 0
					? `${sectionHeading} (${String(part + 1)} of ${String(packed.length)})`
					: sectionHeading);
			if (topic !== undefined) seenTopics.add(topic);
			counter += 1;
			slides.push({
				id: first ? `topic-${String((plan.topic ? plan.topic.index : topic) + 1)}` : `slide-${String(counter)}`,
				kind:
					topic !== undefined
						? 'topic'
						: slideUnits.some((unit) => unit.caption !== undefined)
							? 'diagram'
							: topics.length === 0
								? 'part'
								: 'extra',
				heading: uniqueHeading(heading),
				kicker: topic !== undefined ? topicKicker(plan, topic) : undefined,
				html: slideUnits.map((unit) => unit.html).join(''),
				notes: part === 0 && notes ? notes : undefined,
				topic: topic !== undefined ? topic + 1 : undefined,
			});
		}
	}

	if (!notesOn) for (const slide of slides) delete slide.notes;
	else if (titleSlide.notes === '') delete titleSlide.notes;
	if (timed) addTimings(slides, plan, notesOn);
	return { id: plan.id, title, pagePath: `/${plan.pageId}/`, timed, slides };
}

/** The deck's title: the session's display name, or "MLOps: <page title>" for a topic page. */
function deckTitle(plan: DeckPlan, pageTitle: string): string {
	if (plan.topic) return `${plan.session.name}: ${pageTitle}`;
	if (plan.session.kind === 'module') return `Module ${String(plan.session.number)}: ${plan.session.name}`;
	return plan.session.name;
}

function titleFacts(plan: DeckPlan, session: Session): string {
	const facts: string[] = [];
	if (plan.topic) {
		facts.push(`Topic ${String(plan.topic.index + 1)} of ${String(plan.topic.count)} of the ${session.name}`);
		facts.push(`Day ${String(session.day)}`, formatMinutes(plan.topic.minutes));
	} else {
		facts.push(`Day ${String(session.day)}`, formatHours(session.hours));
		if (session.lecture) facts.push(`Lecture ${formatMinutes(session.lecture.minutes)}`);
		if (session.exercise) facts.push(`Hands-on ${formatHours(session.exercise)}`);
	}
	return `<ul class="deck-facts">${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join('')}</ul>`;
}

/** The session's lecture plan: its topics with their minutes (linked to their decks when they have their own). */
function planSlide(plan: DeckPlan, plans: DeckPlan[], base: string): DeckSlide | undefined {
	const topics = plan.session.lecture?.topics;
	if (!topics) return undefined;
	const items = topics.map((topic, index) => {
		const topicDeck = plans.find((other) => other.sessionPageId === plan.sessionPageId && other.topic?.index === index);
		const current = plan.topic?.index === index;
		const text = `${escapeHtml(topic.title)} <span class="deck-minutes">${escapeHtml(formatMinutes(topic.minutes))}</span>`;
		const body = topicDeck && !current ? `<a href="${escapeHtml(deckHref(base, topicDeck))}">${text}</a>` : text;
		return `<li${current ? ' aria-current="step" class="deck-current"' : ''}>${body}</li>`;
	});
	return {
		id: 'plan',
		kind: 'plan',
		heading: plan.topic ? `Where this topic fits: ${plan.session.name}` : 'Lecture plan',
		html: `<ol class="deck-plan">${items.join('')}</ol>`,
	};
}

function topicKicker(plan: DeckPlan, topic: number): string {
	if (plan.topic)
		return `${plan.session.name} · topic ${String(plan.topic.index + 1)} of ${String(plan.topic.count)} · ${formatMinutes(plan.topic.minutes)}`;
	const topics = plan.session.lecture?.topics ?? [];
	const minutes = topics[topic]?.minutes ?? 0;
	return `Topic ${String(topic + 1)} of ${String(topics.length)} · ${formatMinutes(minutes)}`;
}

function listHtml(items: string[], ordered = false): string {
	const tag = ordered ? 'ol' : 'ul';
	return `<${tag} class="deck-list">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
}

function hasComponent(section: Section, name: string): boolean {
	return section.items.some(({ node }) => node.type === 'mdxJsxFlowElement' && node.name === name);
}

/** What of a section goes on slides: see the README's "Lecture slides" for the rules. */
function unitsOf(section: Section, content: boolean, base: string): Unit[] {
	const units: Unit[] = [];
	let leads: PhrasingContent[][] = [];
	const flushLeads = (): void => {
		for (let start = 0; start < leads.length; start += slideBudget) {
			const chunk = leads.slice(start, start + slideBudget);
			units.push({ html: blocksToHtml([leadList(chunk)], base), weight: chunk.length });
		}
		leads = [];
	};
	for (const { node, mark } of section.items) {
		if (mark === 'skip' || isInstructorCallout(node)) continue;
		if (node.type === 'containerDirective' && node.name === slideDirective) {
			flushLeads();
			units.push(slideOnly(node, base));
			continue;
		}
		const lead = content ? leadPhrase(node) : undefined;
		if (lead && mark !== 'pick') {
			leads.push(lead);
			continue;
		}
		flushLeads();
		if (isDiagram(node)) {
			units.push({
				html: blocksToHtml([node], base),
				weight: slideBudget,
				full: true,
				caption: diagramTitle(node) || undefined,
			});
		} else if (node.type === 'table' && (content || mark === 'pick')) {
			// A table weighs its rows (header included), so a lead phrase or two can stand above a short one.
			for (const chunk of splitTable(node, tableRows))
				units.push({ html: blocksToHtml([chunk], base), weight: chunk.children.length });
		} else if (node.type === 'list' && (content || mark === 'pick')) {
			units.push(...listUnits(mark === 'pick' ? node : slideList(node), base));
		} else if (mark === 'pick') {
			units.push({ html: blocksToHtml([node], base), weight: 3 });
		}
	}
	flushLeads();
	return units;
}

function listUnits(list: List, base: string): Unit[] {
	const units: Unit[] = [];
	for (let start = 0; start < list.children.length; start += slideBudget) {
		const chunk: List = {
			...list,
			start: list.ordered ? (list.start ?? 1) + start : list.start,
			children: list.children.slice(start, start + slideBudget),
		};
		units.push({ html: blocksToHtml([chunk], base), weight: chunk.children.length });
	}
	return units;
}

/** A `:::slide[Heading]` block: a slide of its own with everything inside it. */
function slideOnly(node: ContainerDirective, base: string): Unit {
	const [first, ...rest] = node.children;
	const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true;
	const body = (labelled ? rest : node.children) as RootContent[];
	return {
		html: blocksToHtml(body, base),
		weight: slideBudget,
		full: true,
		heading: labelled ? toString(first) : undefined,
	};
}

/** Units packed into slides: full units alone, the rest up to the budget. */
function pack(units: Unit[]): Unit[][] {
	const slides: Unit[][] = [];
	let current: Unit[] = [];
	let weight = 0;
	for (const unit of units) {
		if (unit.full || weight + unit.weight > slideBudget) {
			if (current.length > 0) slides.push(current);
			current = [];
			weight = 0;
		}
		current.push(unit);
		weight += unit.weight;
		if (unit.full) {
			slides.push(current);
			current = [];
			weight = 0;
		}
	}
	if (current.length > 0) slides.push(current);
	return slides;
}

/**
 * Spreads each topic's minutes over its slides for the speaker view's pacing timer (`data-timing`, seconds);
 * other slides get none of the lecture's time. The notes of each timed slide say where the lecture stands.
 */
function addTimings(slides: DeckSlide[], plan: DeckPlan, notesOn: boolean): void {
	const topics = plan.topic
		? [{ title: plan.topic.title, minutes: plan.topic.minutes }]
		: (plan.session.lecture?.topics ?? []);
	for (const slide of slides) slide.timing = 0;
	for (const [index, topic] of topics.entries()) {
		const own = slides.filter((slide) => slide.topic === index + 1);
		const seconds = Math.round((topic.minutes * 60) / Math.max(own.length, 1));
		for (const [position, slide] of own.entries()) {
			slide.timing = seconds;
			if (!notesOn) continue;
			const line =
				`<p class="deck-note-timing">${escapeHtml(plan.topic ? `Topic ${String(plan.topic.index + 1)} of ${String(plan.topic.count)}` : `Topic ${String(index + 1)} of ${String(topics.length)}`)}: ` +
				`${escapeHtml(topic.title)}, ${escapeHtml(formatMinutes(topic.minutes))}; slide ${String(position + 1)} of ${String(own.length)} of the topic, about ${escapeHtml(formatMinutes(Math.max(1, Math.round(seconds / 60))))}.</p>`;
			slide.notes = line + (slide.notes ?? '');
		}
	}
}
