import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { BlockContent, DefinitionContent, Heading, Nodes, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { SKIP, visit } from 'unist-util-visit';
import { readSourcePages } from '../sources/source-pages.ts';
import { readSessions } from '../course/read-sessions.ts';
import { sessionLabel } from '../course/schedule.ts';
import { sessionsInOrder } from '../course/sessions.ts';
import { sourceParser } from '../edition/instructor-text.ts';
import { instructorDirective } from '../edition/remark-instructor.ts';

/** One `:::instructor` block, where it stands, and its content as parsed from its page. */
export interface CollectedNote {
	/** The block's label (`:::instructor[Timing plan]`), if it has one. */
	title: string | undefined;
	/** The block's content without its label, detached from its file (no positions). */
	body: (BlockContent | DefinitionContent)[];
	page: { slug: string; title: string; file: string };
	/** The nearest heading above the block on its page, with the anchor the built page gives it. */
	heading: { text: string; anchor: string } | undefined;
}

/** The notes of one part of the course (a module, the MLOps deep dive, the reference pages…). */
export interface NoteGroup {
	label: string;
	notes: CollectedNote[];
}

/** Pages read before the first session, as the sidebar's "Start here" group does. */
const startHere = new Set(['', 'getting-started', 'schedule']);

/**
 * Reads every page's `:::instructor` blocks with the parsers the leak check uses, grouped by part of the
 * course in course order: "Start here", then each session (a module, the MLOps deep dive with its pages, the
 * architecture review) by day, then the other top-level pages, the reference and the instructor pages. Within
 * a group, the session's own page comes first, then the sidebar order; within a page, the order of the text.
 */
export function collectInstructorNotes(docsDir: string, root: string): NoteGroup[] {
	const sessions = sessionsInOrder(readSessions(docsDir, root));
	const groups = new Map<string, { rank: number; pages: { order: number; slug: string; notes: CollectedNote[] }[] }>();
	for (const { file, slug, frontmatter } of readSourcePages(docsDir)) {
		const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : slug;
		const notes = notesOf(file, { slug, title, file: relative(root, file) });
		if (notes.length === 0) continue;
		const folder = slug.split('/')[0] ?? '';
		const sessionIndex = sessions.findIndex(({ id }) => id === slug || (id === folder && slug.startsWith(`${id}/`)));
		const session = sessions[sessionIndex];
		const { label, rank } = session
			? { label: sessionLabel(session.session), rank: 1 + sessionIndex }
			: startHere.has(slug)
				? { label: 'Start here', rank: 0 }
				: folder === 'reference'
					? { label: 'Reference', rank: 1001 }
					: folder === 'instructor'
						? { label: 'Instructor pages', rank: 1002 }
						: { label: title, rank: 1000 };
		const sidebar = frontmatter['sidebar'];
		const sidebarOrder =
			sidebar && typeof sidebar === 'object' && 'order' in sidebar && typeof sidebar.order === 'number'
				? sidebar.order
				: Number.MAX_SAFE_INTEGER;
		const group = groups.get(label) ?? { rank, pages: [] };
		group.pages.push({ order: session?.id === slug ? -Infinity : sidebarOrder, slug, notes });
		groups.set(label, group);
	}
	return [...groups.entries()]
		.sort(([labelA, a], [labelB, b]) => a.rank - b.rank || labelA.localeCompare(labelB))
		.map(([label, { pages }]) => ({
			label,
			notes: pages.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)).flatMap((page) => page.notes),
		}));
}

/** The instructor blocks of one file, each with the nearest heading above it. */
function notesOf(file: string, page: CollectedNote['page']): CollectedNote[] {
	const tree: Root = sourceParser(file).parse(readFileSync(file, 'utf8'));
	const headings = anchoredHeadings(tree);
	const notes: CollectedNote[] = [];
	visit(tree, (node) => {
		if (node.type !== 'containerDirective' || node.name !== instructorDirective) return undefined;
		const start = node.position?.start.offset ?? 0;
		const heading = headings.filter((candidate) => candidate.offset < start).at(-1);
		const [first, ...rest] = node.children;
		const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
		notes.push({
			title: hasLabel ? toString(first) : undefined,
			body: detached(hasLabel ? rest : node.children),
			page,
			heading: heading && { text: heading.text, anchor: heading.anchor },
		});
		return SKIP;
	});
	return notes;
}

/**
 * Every heading of the page in order with the id the build gives it: github-slugger over the heading text,
 * counting repeats across the whole page, headings inside instructor blocks included (the instructor edition
 * renders them too), as Astro's heading ids do.
 */
function anchoredHeadings(tree: Root): { text: string; anchor: string; offset: number }[] {
	const slugger = new GithubSlugger();
	const headings: { text: string; anchor: string; offset: number }[] = [];
	visit(tree, 'heading', (heading: Heading) => {
		const text = toString(heading);
		headings.push({ text, anchor: slugger.slug(text), offset: heading.position?.start.offset ?? 0 });
	});
	return headings;
}

/** The heading level the collected notes page gives a note's own title (under its page's group heading). */
export const collectedNoteDepth = 3;

/**
 * A copy of a block's content fit for another page: no positions (they point into another file), headings
 * moved so the block's highest one sits one level below the note's own title (a skipped level would break the
 * page's outline for screen readers), and components or expressions (which need that page's imports) replaced
 * by a pointer to the page.
 */
function detached(children: ContainerDirective['children']): CollectedNote['body'] {
	const copy = structuredClone(children);
	const wrapper: Root = { type: 'root', children: copy };
	let highest = 6;
	visit(wrapper, 'heading', (heading: Heading) => {
		highest = Math.min(highest, heading.depth);
	});
	const shift = collectedNoteDepth + 1 - highest;
	visit(wrapper, (node: Nodes, index, parent) => {
		delete node.position;
		if (node.type === 'heading') node.depth = Math.min(6, node.depth + shift) as Heading['depth'];
		if (!parent || index === undefined) return undefined;
		const needsImports =
			((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
				(node.name === null || /^[A-Z]|\./.test(node.name))) ||
			node.type === 'mdxFlowExpression' ||
			node.type === 'mdxTextExpression';
		if (!needsImports) return undefined;
		const text = { type: 'emphasis' as const, children: [{ type: 'text' as const, value: '(shown on its page)' }] };
		parent.children[index] = (
			node.type === 'mdxJsxFlowElement' || node.type === 'mdxFlowExpression'
				? { type: 'paragraph', children: [text] }
				: text
		) as never;
		return SKIP;
	});
	return copy;
}
