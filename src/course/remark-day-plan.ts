import type { PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-to-hast';
import type { SourceSessionEntry } from './read-sessions.ts';
import { buildRunSheet, clockTime, type RunSheetBlock } from './run-sheet.ts';
import type { RunSheetConfig } from './run-sheet-config.ts';

/** The leaf directive an author writes where the day-by-day plan belongs. */
export const dayPlanDirective = 'day-plan';

/** Options the configuration hands down: the course's sessions and the day's settings. */
export interface RemarkDayPlanOptions {
	sessions: SourceSessionEntry[];
	config: RunSheetConfig;
	/** The root-relative URL of a session's slide deck, by the session page's id. */
	deckHref?: (sessionId: string) => string | undefined;
}

/**
 * Replaces `::day-plan` with the course day by day, at clock times: for each day a heading ("Day 1 ·
 * 09:00–17:00", in the page's table of contents like any heading) and a table of its blocks (lectures, lab,
 * review, discussion, breaks). The times come from the run sheet (src/course/run-sheet.ts), so the students'
 * plan and the instructors' run sheet can never disagree. It is written into the Markdown tree, not rendered by
 * a component, so the headings and tables go through the same pipeline as hand-written ones.
 */
export function remarkDayPlan({ sessions, config, deckHref = () => undefined }: RemarkDayPlanOptions) {
	return function transformer(tree: Root): void {
		visit(tree, 'leafDirective', (node, index, parent) => {
			if (node.name !== dayPlanDirective || !parent || index === undefined) return;
			const plan: RootContent[] = buildRunSheet(sessions, config).flatMap((day) => [
				{
					type: 'heading',
					depth: 2,
					// A stable anchor (#day-2), whatever times the heading shows.
					data: { hProperties: { id: `day-${String(day.day)}` } },
					children: [text(`Day ${String(day.day)} · ${clockTime(day.start)}–${clockTime(day.end)}`)],
				},
				{
					type: 'table',
					children: [
						row([[text('Time')], [text('What')], [text('Session')]]),
						...day.blocks.map((block, position) => {
							// The session is named where it starts and where it resumes after a pause, not on every row.
							const previous = day.blocks[position - 1];
							const named = block.session && block.sessionId && previous?.sessionId !== block.sessionId;
							return row([
								[text(`${clockTime(block.start)}–${clockTime(block.end)}`)],
								[text(blockName(block))],
								named
									? sessionCell(
											block.sessionId ?? '',
											block.session ?? '',
											// The slides are linked once, where the session starts.
											day.blocks.findIndex((other) => other.sessionId === block.sessionId) === position
												? deckHref(block.sessionId ?? '')
												: undefined,
										)
									: [],
							]);
						}),
					],
				},
			]);
			parent.children.splice(index, 1, ...plan);
			return [SKIP, index + plan.length];
		});
	};
}

/** What a block is, as a reader of the plan needs it. */
function blockName(block: RunSheetBlock): string {
	const continued = block.continued ? ' (continued)' : '';
	switch (block.kind) {
		case 'lecture':
			return `${block.title} (lecture)`;
		case 'exercise':
			return `${block.title === 'Exercise' ? 'Lab' : block.title}${continued}`;
		case 'buffer':
			return `Questions and catch-up${continued}`;
		case 'open':
			return `${block.title}${continued}`;
		case 'solution-review':
			return 'Solution review';
		case 'discussion':
			return 'Discussion';
		case 'break':
			return 'Break';
		case 'lunch':
			return 'Lunch';
	}
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** The session's name, linked to its page, and a link to its slides ("Slides: Module 1: Fraud detection" when read). */
function sessionCell(id: string, name: string, deck: string | undefined): PhrasingContent[] {
	const page: PhrasingContent = { type: 'link', url: `/${id}/`, children: [text(name)] };
	if (!deck) return [page];
	return [
		page,
		text(' · '),
		{
			type: 'link',
			url: deck,
			data: { hProperties: { className: ['schedule__slides'], ariaLabel: `Slides: ${name}` } },
			children: [text('Slides')],
		},
	];
}

/** A row; its first cell (a time span) never wraps, so "09:00–09:10" stays on one line. */
const row = (cells: PhrasingContent[][]): TableRow => ({
	type: 'tableRow',
	children: cells.map((children, index) => ({
		type: 'tableCell',
		children,
		...(index === 0 ? { data: { hProperties: { className: ['day-plan__time'] } } } : {}),
	})),
});
