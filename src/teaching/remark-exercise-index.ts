import { relative } from 'node:path';
import type { PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-directive';
import type { Edition } from '../edition/edition.ts';
import type { InstructorPage } from '../edition/instructor-pages.ts';
import { failAt } from '../markdown/fail.ts';
import { formatMinutes } from '../course/format.ts';
import type { ExerciseSection } from './exercise-index.ts';

/** The leaf directive an instructor page writes where the exercise index belongs. */
export const exerciseIndexDirective = 'exercise-index';

/** Options the configuration hands down. */
export interface RemarkExerciseIndexOptions {
	edition: Edition;
	sections: ExerciseSection[];
	instructorPages: InstructorPage[];
	root: string;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * Replaces `::exercise-index` with every lab step and exercise of the course in order: a heading per exercise
 * (its session and section, linked), then a table of its steps with their links, estimated minutes and whether
 * they are optional. Only an instructor-only page may hold it.
 */
export function remarkExerciseIndex({ edition, sections, instructorPages, root }: RemarkExerciseIndexOptions) {
	const instructorFiles = new Set(instructorPages.map((page) => page.file));
	return function transformer(tree: Root, file: VFile): void {
		visit(tree, 'leafDirective', (node, index, parent) => {
			if (node.name !== exerciseIndexDirective || !parent || index === undefined) return undefined;
			if (edition !== 'instructor' || !instructorFiles.has(relative(root, file.path))) {
				failAt(
					file,
					node,
					`"::${exerciseIndexDirective}" is a planning page for instructors: it may stand only on an instructor-only page.`,
					'Move it to a page in src/content/docs/instructor/ with `audience: instructor`.',
					'exercise-index-placement',
				);
			}
			const content = sections.flatMap(sectionNodes);
			parent.children.splice(index, 1, ...content);
			return [SKIP, index + content.length];
		});
	};
}

function sectionNodes(section: ExerciseSection): RootContent[] {
	const pageUrl = `/${section.page.slug}/`;
	const required = section.steps.filter((step) => !step.optional);
	const summary =
		section.minutes === undefined
			? 'No exercise time of its own in the schedule: it runs within its lecture topic, so the steps have no estimate.'
			: `${formatMinutes(section.minutes)} in the schedule (typical), shared over ${String(required.length)} required step${required.length === 1 ? '' : 's'} by the code blocks each runs.`;
	return [
		{
			type: 'heading',
			depth: 2,
			children: [text(`${section.session}: ${section.heading.text}`)],
		},
		{
			type: 'paragraph',
			children: [
				{ type: 'link', url: `${pageUrl}#${section.heading.anchor}`, children: [text(section.page.title)] },
				text(`. ${summary}`),
			],
		},
		{
			type: 'table',
			data: { hProperties: { className: ['exercise-index'] } },
			children: [
				row([[text('Step')], [text('Minutes')], [text('Optional')]]),
				...section.steps.map((step) =>
					row([
						[{ type: 'link', url: `${pageUrl}#${step.anchor}`, children: [text(step.text)] }],
						[text(step.minutes === undefined ? '–' : String(step.minutes))],
						[text(step.optional ? 'Optional' : 'Required')],
					]),
				),
			],
		},
	];
}

const row = (cells: PhrasingContent[][]): TableRow => ({
	type: 'tableRow',
	children: cells.map((children) => ({ type: 'tableCell', children })),
});
