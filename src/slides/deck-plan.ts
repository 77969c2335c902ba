// Which pages get a slide deck, what each deck is called and where it lives. Pure functions on the pages'
// front matter, so the Markdown plugin (at configuration time), the deck route, the page header and the
// schedule (from the content collection) all agree on every deck and its URL.
import type { Session } from '../course/schema.ts';

/** The folder under each edition's output that holds the decks: `/slides/<deck>/`. */
export const slidesFolder = 'slides';

/** The key under which the Markdown plugin hands a page's deck to the deck route (remarkPluginFrontmatter). */
export const deckFrontmatterKey = 'courseDeck';

/** A page as far as deck planning needs it: a collection entry or a source page read at configuration time. */
export interface PlannedPage {
	id: string;
	data: { title: string; session?: Session | undefined };
}

/** A lecture topic taught from a page of its own (the MLOps topics), with its place in the session. */
export interface TopicOfSession {
	/** 0-based position in `session.lecture.topics`. */
	index: number;
	count: number;
	title: string;
	minutes: number;
}

/** One deck: a scheduled session's page, or an MLOps topic page taught as one lecture topic of its session. */
export interface DeckPlan {
	/** The URL segment: `module-1-fraud-detection`, `mlops-overview`, `mlops-ci-cd`, `architecture-review`. */
	id: string;
	/** The page the deck is generated from. */
	pageId: string;
	/** The session the deck belongs to (for a topic page, its folder's session). */
	session: Session;
	/** The session's page, which is `pageId` unless this is a topic page. */
	sessionPageId: string;
	/** Set when the page is one lecture topic of its session. */
	topic?: TopicOfSession | undefined;
}

/**
 * How a lecture topic and a heading (or a page title) are compared: case, "&" against "and", a leading
 * "The" and punctuation at the ends do not count. "Transfer learning & BERT" names the heading
 * "Transfer learning and BERT fine-tuning": the heading starts with the topic's title, at a word boundary.
 */
export function namesTopic(text: string, topicTitle: string): boolean {
	const normal = (value: string): string =>
		value.toLowerCase().replaceAll('&', ' and ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
	const heading = normal(text);
	const topic = normal(topicTitle);
	return heading === topic || (heading.startsWith(topic) && /^[\s:,.;(—–-]/.test(heading.slice(topic.length)));
}

/** The part of the course a session page is ("module 1", "the MLOps overview", "the review"), for deck ids. */
function sessionDeckId(page: PlannedPage & { data: { session: Session } }): string {
	const leaf = page.id.split('/').at(-1) ?? page.id;
	const { session } = page.data;
	if (session.kind === 'module') return `module-${String(session.number)}-${leaf}`;
	if (page.id.includes('/') || session.kind !== 'mlops') return page.id.replaceAll('/', '-');
	return `${page.id}-overview`;
}

/**
 * Every deck of the course, in page order of the input. A session page whose page is a folder's index
 * (`mlops/index.mdx`) teaches its lecture topics from the folder's other pages: each topic is the page whose
 * title names it, and gets a deck of its own. A topic without such a page stops the build.
 */
export function planDecks(pages: PlannedPage[]): DeckPlan[] {
	const plans: DeckPlan[] = [];
	for (const page of pages) {
		const session = page.data.session;
		if (!session) continue;
		plans.push({
			id: sessionDeckId({ ...page, data: { ...page.data, session } }),
			pageId: page.id,
			session,
			sessionPageId: page.id,
		});
		if (!isFolderIndex(page.id, pages) || !session.lecture) continue;
		const topics = session.lecture.topics;
		for (const [index, topic] of topics.entries()) {
			const topicPage = pages.find(
				(candidate) => candidate.id.startsWith(`${page.id}/`) && namesTopic(candidate.data.title, topic.title),
			);
			if (!topicPage) {
				throw new Error(
					`${page.id}: the lecture topic "${topic.title}" has no page in ${page.id}/ whose title names it, so it has no slide deck.\n` +
						`  Fix: give the topic's page a title that starts with "${topic.title}" ("&" and "and" count as the same), or rename the topic.`,
				);
			}
			plans.push({
				id: `${page.id.replaceAll('/', '-')}-${topicPage.id.split('/').at(-1) ?? ''}`,
				pageId: topicPage.id,
				session,
				sessionPageId: page.id,
				topic: { index, count: topics.length, title: topic.title, minutes: topic.minutes },
			});
		}
	}
	return plans;
}

/** Whether a page is the index of a folder that holds other pages (`mlops` for `mlops/index.mdx`). */
function isFolderIndex(id: string, pages: PlannedPage[]): boolean {
	return id !== '' && pages.some((other) => other.id.startsWith(`${id}/`));
}

/** The deck generated from a page, if it has one. */
export function deckOfPage(pageId: string, pages: PlannedPage[]): DeckPlan | undefined {
	return planDecks(pages).find((plan) => plan.pageId === pageId);
}

/** The first slide of lecture topic `index` (0-based) inside a deck: append to the deck's URL. */
export function topicSlideHash(index: number): string {
	return `#/topic-${String(index + 1)}`;
}

/**
 * A deck's URL path under the edition's base path (`import.meta.env.BASE_URL`, or `SiteAddress.base`):
 * `deckHref('/ml-course/', plan)` is `/ml-course/slides/module-1-fraud-detection/`. Both editions have the
 * same decks at the same paths; only speaker notes differ.
 */
export function deckHref(base: string, plan: Pick<DeckPlan, 'id'>): string {
	return `${base.replace(/\/?$/, '/')}${slidesFolder}/${plan.id}/`;
}

/**
 * The deck URL of a session page (or an MLOps topic page), or `undefined` when the page has none; with
 * `topic`, the URL of that lecture topic's first slide (for a session taught from topic pages, the topic's
 * own deck).
 */
export function sessionDeckHref(
	base: string,
	pageId: string,
	pages: PlannedPage[],
	topic?: number,
): string | undefined {
	const plans = planDecks(pages);
	const plan = plans.find((candidate) => candidate.pageId === pageId);
	if (!plan) return undefined;
	if (topic === undefined) return deckHref(base, plan);
	const topicDeck = plans.find((candidate) => candidate.sessionPageId === pageId && candidate.topic?.index === topic);
	return topicDeck ? deckHref(base, topicDeck) : `${deckHref(base, plan)}${topicSlideHash(topic)}`;
}
