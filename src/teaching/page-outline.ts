import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { SKIP, visit } from 'unist-util-visit';
import { sourceParser } from '../edition/instructor-text.ts';
import { instructorDirective } from '../edition/remark-instructor.ts';

/** A heading of a page with the anchor the instructor edition gives it. */
export interface OutlineHeading {
	depth: number;
	text: string;
	anchor: string;
	/** 1-based line in the text the outline was read from. */
	line: number;
}

/** An instructor note with its anchor (`note-timing-plan`) and the heading it stands under. */
export interface OutlineNote {
	anchor: string;
	title: string;
	/** Index into `headings` of the nearest heading above it; -1 before the first heading. */
	heading: number;
}

/** What the teaching tools need of a page: its headings and its instructor notes, as the instructor edition anchors them. */
export interface PageOutline {
	headings: OutlineHeading[];
	notes: OutlineNote[];
}

/**
 * Reads a page's headings and instructor notes in document order, with the anchors the instructor edition gives
 * them: github-slugger over the heading text counting repeats across the page (headings inside instructor blocks
 * included, as the instructor edition renders them), and `note-<title>` counted the same way for the notes, as
 * `remarkInstructor` does.
 */
export function readPageOutline(source: string): PageOutline {
	const tree: Root = sourceParser('page.mdx').parse(source);
	const headingSlugger = new GithubSlugger();
	const noteSlugger = new GithubSlugger();
	const headings: OutlineHeading[] = [];
	const notes: OutlineNote[] = [];
	visit(tree, (node) => {
		if (node.type === 'heading') {
			const text = toString(node);
			headings.push({
				depth: node.depth,
				text,
				anchor: headingSlugger.slug(text),
				line: node.position?.start.line ?? 0,
			});
			return SKIP;
		}
		if (node.type === 'containerDirective' && node.name === instructorDirective) {
			const [first] = node.children;
			const title = first?.type === 'paragraph' && first.data?.directiveLabel === true ? toString(first) : '';
			notes.push({
				anchor: noteSlugger.slug(`note ${title || 'instructor note'}`),
				title,
				heading: headings.length - 1,
			});
		}
		return undefined;
	});
	return { headings, notes };
}

/** The index of the first heading whose text `matches`, or -1. */
export function findHeading(outline: PageOutline, matches: (heading: OutlineHeading) => boolean): number {
	return outline.headings.findIndex(matches);
}

/** The headings a section holds: from `index` to the next heading of the same or a higher level (exclusive). */
export function sectionEnd(outline: PageOutline, index: number): number {
	const depth = outline.headings[index]?.depth ?? 0;
	const next = outline.headings.findIndex((heading, position) => position > index && heading.depth <= depth);
	return next === -1 ? outline.headings.length : next;
}

/** The instructor notes within a section (under its heading or any of its sub-headings). */
export function notesOfSection(outline: PageOutline, index: number): OutlineNote[] {
	const end = sectionEnd(outline, index);
	return outline.notes.filter((note) => note.heading >= index && note.heading < end);
}
