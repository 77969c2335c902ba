import type { SourceSessionEntry } from '../course/read-sessions.ts';
import type { SourcePage } from '../sources/source-pages.ts';
import { planDecks, type DeckPlan } from './deck-plan.ts';

/** The course's decks as the configuration plans them from the source, and the title of every page. */
export function decksOfSources(
	sessions: SourceSessionEntry[],
	pages: SourcePage[],
): { plans: DeckPlan[]; titles: Record<string, string> } {
	const titles = Object.fromEntries(
		pages.map((page) => [
			page.slug,
			typeof page.frontmatter['title'] === 'string' ? page.frontmatter['title'] : page.slug,
		]),
	);
	const withoutSession = pages
		.filter((page) => page.frontmatter['session'] === undefined)
		.map((page) => ({ id: page.slug, data: { title: titles[page.slug] ?? page.slug } }));
	return { plans: planDecks([...sessions, ...withoutSession]), titles };
}
