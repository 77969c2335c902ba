import { readFileSync } from 'node:fs';
import { readSourcePages } from '../sources/source-pages.ts';
import { readSessions } from '../course/read-sessions.ts';
import { sessionsInOrder } from '../course/sessions.ts';
import { sessionLabel } from '../course/schedule.ts';
import { planMinutes } from '../course/run-sheet.ts';
import { readPageOutline, sectionEnd, type PageOutline } from './page-outline.ts';

/** One step of a lab (or a whole exercise without steps), with its anchor and its estimate. */
export interface ExerciseStep {
	text: string;
	anchor: string;
	optional: boolean;
	/** Estimated minutes; absent where the schedule gives the exercise no time of its own. */
	minutes?: number | undefined;
}

/** A lab or exercise section of a page, with its steps in order. */
export interface ExerciseSection {
	session: string;
	page: { slug: string; title: string };
	heading: { text: string; anchor: string };
	/** The schedule's typical time for the exercise, split over its required steps; absent when it has none. */
	minutes?: number | undefined;
	steps: ExerciseStep[];
}

/** The page headings that open an exercise: a lab, the group exercise, an interactive exercise or an activity. */
export const exerciseHeading = /^(lab\b|group exercise|interactive exercise|activity\b)/i;
/** A step heading inside it ("Step 3: Upload…", "Step 9 (optional): …"). */
const stepHeading = /^step \d+/i;
const optionalMark = /\(optional\)/i;

/**
 * Every lab step and exercise of the course in course order (each session by day, a session's folder pages after
 * its own page in sidebar order). Minutes: the session's typical exercise time (the midpoint of its exercise
 * hours, or for a session without exercise hours but with no lecture, such as the architecture review, its
 * typical hours) shared over its required steps in proportion to the code blocks each asks students to run
 * (at least one), rounded to 5 minutes. Optional steps get an estimate by the same measure but are not
 * counted in the session's time. The MLOps topics' exercises run inside their lecture topics' minutes, so they
 * get no per-step estimate.
 */
export function buildExerciseIndex(docsDir: string, root: string): ExerciseSection[] {
	const sessions = sessionsInOrder(readSessions(docsDir, root));
	const pages = readSourcePages(docsDir);
	const sections: ExerciseSection[] = [];
	for (const { id, session } of sessions) {
		const ownPages = pages
			.filter((page) => page.slug === id || page.slug.startsWith(`${id}/`))
			.sort((a, b) =>
				a.slug === id ? -1 : b.slug === id ? 1 : sidebarOrder(a.frontmatter) - sidebarOrder(b.frontmatter),
			);
		const budget = session.exercise
			? planMinutes(session.exercise, 'typical')
			: session.lecture
				? undefined
				: planMinutes(session.hours, 'typical');
		for (const page of ownPages) {
			const source = readFileSync(page.file, 'utf8');
			const outline = readPageOutline(source);
			const lines = source.split('\n');
			const title = typeof page.frontmatter['title'] === 'string' ? page.frontmatter['title'] : page.slug;
			outline.headings.forEach((heading, index) => {
				if (heading.depth !== 2 || !exerciseHeading.test(heading.text)) return;
				const steps = stepsOf(outline, index, lines);
				const own = page.slug === id ? budget : undefined;
				sections.push({
					session: sessionLabel(session),
					page: { slug: page.slug, title },
					heading: { text: heading.text, anchor: heading.anchor },
					minutes: own,
					steps: estimate(steps, own),
				});
			});
		}
	}
	return sections;
}

interface MeasuredStep extends ExerciseStep {
	/** Its weight: the code blocks it asks students to run (at least 1). */
	lines: number;
}

/** The code blocks (cells to run) between two lines of the source, counted by their opening fences. */
function codeBlocks(lines: string[], from: number, to: number): number {
	let count = 0;
	let open = false;
	for (const line of lines.slice(from - 1, to - 1)) {
		if (!/^\s*(```|~~~)/.test(line)) continue;
		if (!open) count += 1;
		open = !open;
	}
	return count;
}

function stepsOf(outline: PageOutline, index: number, lines: string[]): MeasuredStep[] {
	const end = sectionEnd(outline, index);
	const inside = outline.headings.slice(index + 1, end);
	const stopLine = outline.headings[end]?.line ?? lines.length + 1;
	const steps = inside.filter((heading) => heading.depth === 3 && stepHeading.test(heading.text));
	if (steps.length === 0) {
		const heading = outline.headings[index];
		if (!heading) return [];
		return [{ text: heading.text, anchor: heading.anchor, optional: optionalMark.test(heading.text), lines: 1 }];
	}
	return steps.map((step, position) => {
		const next = steps[position + 1]?.line ?? stopLine;
		return {
			text: step.text,
			anchor: step.anchor,
			optional: optionalMark.test(step.text),
			lines: Math.max(1, codeBlocks(lines, step.line, next)),
		};
	});
}

/** Shares `budget` over the required steps by their length; optional steps get minutes at the same rate. */
function estimate(steps: MeasuredStep[], budget: number | undefined): ExerciseStep[] {
	const requiredLines = steps.filter((step) => !step.optional).reduce((total, step) => total + step.lines, 0);
	return steps.map(({ lines, ...step }) => ({
		...step,
		minutes:
			budget === undefined || requiredLines === 0
				? undefined
				: Math.max(5, Math.round((budget * lines) / requiredLines / 5) * 5),
	}));
}

function sidebarOrder(frontmatter: Record<string, unknown>): number {
	const sidebar = frontmatter['sidebar'];
	return sidebar && typeof sidebar === 'object' && 'order' in sidebar && typeof sidebar.order === 'number'
		? sidebar.order
		: 999;
}
