import { relative } from 'node:path';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import type { Edition } from '../edition/edition.ts';
import type { InstructorPage } from '../edition/instructor-pages.ts';
import { collectedNoteDepth, type CollectedNote, type NoteGroup } from './instructor-notes.ts';
import { failAt } from '../markdown/fail.ts';

/** The leaf directive an author writes where every instructor note of the course belongs. */
export const instructorNotesDirective = 'instructor-notes';

/** What the configuration hands down. */
export interface RemarkInstructorNotesOptions {
	edition: Edition;
	groups: NoteGroup[];
	instructorPages: InstructorPage[];
	/** The project root, to match the page being built against the instructor pages' files. */
	root: string;
	base: string;
}

/**
 * Replaces `::instructor-notes` with every `:::instructor` block of the course: a heading per part of the
 * course, and under it each note with its title, a link back to where it stands, and its content. It runs
 * before the instructor plugin, so the notes then pass through the whole pipeline as on their own pages
 * (directives checked, code highlighted, diagrams drawn). Only an instructor-only page may hold it: anywhere
 * else it would carry instructor text to students.
 */
export function remarkInstructorNotes({ edition, groups, instructorPages, root, base }: RemarkInstructorNotesOptions) {
	const instructorFiles = new Set(instructorPages.map((page) => page.file));
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return function transformer(tree: Root, file: VFile): void {
		visit(tree, 'leafDirective', (node, index, parent) => {
			if (node.name !== instructorNotesDirective || !parent || index === undefined) return undefined;
			if (edition === 'student' || !instructorFiles.has(relative(root, file.path))) {
				failAt(
					file,
					node,
					`"::${instructorNotesDirective}" gathers every instructor note, so it may stand only on an instructor-only page.`,
					`Move it to a page in src/content/docs/instructor/ with \`audience: instructor\`.`,
					'instructor-notes-outside-instructor-page',
				);
			}
			parent.children.splice(index, 1, ...groups.flatMap((group) => groupNodes(group, prefix)));
			return [SKIP, index + 1];
		});
	};
}

function groupNodes(group: NoteGroup, prefix: string): RootContent[] {
	return [
		{ type: 'heading', depth: 2, children: [{ type: 'text', value: group.label }] },
		...group.notes.map((note) => noteNode(note, prefix)),
	];
}

/** One note: `<section class="collected-note">` with its heading, its source link and its content. */
function noteNode(note: CollectedNote, prefix: string): RootContent {
	const href = `${prefix}${note.page.slug ? `${note.page.slug}/` : ''}${note.heading ? `#${note.heading.anchor}` : ''}`;
	const where = note.heading ? `${note.page.title} › ${note.heading.text}` : note.page.title;
	const source: Paragraph = {
		type: 'paragraph',
		data: { hProperties: { className: ['collected-note__source'] } },
		children: [
			{ type: 'text', value: 'From ' },
			{ type: 'link', url: href, children: [{ type: 'text', value: where }] },
		],
	};
	const section: Paragraph = {
		type: 'paragraph',
		data: {
			hName: 'section',
			hProperties: { className: ['collected-note'], dataSource: note.page.file },
		},
		children: [
			{
				type: 'heading',
				depth: collectedNoteDepth,
				children: [{ type: 'text', value: note.title ?? 'Instructor note' }],
			},
			source,
			...note.body,
		] as unknown as PhrasingContent[],
	};
	return section;
}
