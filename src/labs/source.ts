// The lab section of a page, read from the source as its author wrote it (the parsers of the leak check), for
// one edition. The notebooks, the lab card checks and the local-cell runner all read labs through this file.
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Code, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { sourceParser } from '../edition/instructor-text.ts';
import { instructorDirective } from '../edition/remark-instructor.ts';
import type { Edition } from '../edition/edition.ts';

/** A page's syntax tree for one edition: in the student edition its instructor blocks are gone. */
export function parsePage(file: string, edition: Edition): { tree: Root; source: string } {
	const source = readFileSync(file, 'utf8');
	const tree = sourceParser(file).parse(source);
	if (edition === 'student') {
		visit(tree, 'containerDirective', (node, index, parent) => {
			if (node.name !== instructorDirective || !parent || index === undefined) return;
			parent.children.splice(index, 1);
			return [SKIP, index];
		});
	}
	return { tree, source };
}

/** Every heading of the page with the id the build gives it (github-slugger over its text, in page order). */
export function headingAnchors(tree: Root): { heading: Heading; anchor: string }[] {
	const slugger = new GithubSlugger();
	const found: { heading: Heading; anchor: string }[] = [];
	visit(tree, 'heading', (heading) => {
		found.push({ heading, anchor: slugger.slug(toString(heading)) });
	});
	return found;
}

/** The H2 sections of a page whose heading starts with "Lab" ("## Lab: Build, threshold and deploy …"). */
export function isLabHeading(heading: Heading): boolean {
	return heading.depth === 2 && /^Lab\b/.test(toString(heading));
}

/**
 * The nodes of one H2 section, from its heading to the next heading of depth 2 or less (instructor blocks and
 * asides between them included), or `undefined` when the page has no H2 with that anchor.
 */
export function sectionNodes(tree: Root, anchor: string): RootContent[] | undefined {
	const anchors = new Map(headingAnchors(tree).map(({ heading, anchor: id }) => [heading, id]));
	const start = tree.children.findIndex(
		(node) => node.type === 'heading' && node.depth === 2 && anchors.get(node) === anchor,
	);
	if (start < 0) return undefined;
	const end = tree.children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= 2);
	return tree.children.slice(start, end < 0 ? undefined : end);
}

/**
 * The nodes of a lab: its H2 section, or from its H2 through the end of a later one (`through`), or `undefined`
 * when either anchor is not an H2 of the page or `through` comes first.
 */
export function labNodes(tree: Root, anchor: string, through?: string): RootContent[] | undefined {
	const first = sectionNodes(tree, anchor);
	if (through === undefined || first === undefined) return first;
	const last = sectionNodes(tree, through);
	if (last === undefined) return undefined;
	const start = tree.children.indexOf(first[0] as RootContent);
	const end = tree.children.indexOf(last.at(-1) as RootContent);
	return end < start ? undefined : tree.children.slice(start, end + 1);
}

/** The `key=value` options of a fence's meta string (` ```python run=local file=src/app.py title="x" `). */
export function metaOptions(meta: string | null | undefined): Map<string, string> {
	const options = new Map<string, string>();
	for (const match of (meta ?? '').matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
		options.set(match[1] ?? '', match[2] ?? match[3] ?? match[4] ?? '');
	}
	return options;
}

/** Python blocks are notebook cells; so are files a lab writes, marked `file=<path>` or starting with `%%writefile`. */
export function isPython(code: Code): boolean {
	return code.lang === 'python' || code.lang === 'py';
}

/** The path a code block is written to in the lab's folder, if it is a file: `file=<path>` or a `%%writefile` first line. */
export function filePathOf(code: Code): string | undefined {
	const declared = metaOptions(code.meta).get('file');
	if (declared) return declared;
	const magic = /^%%writefile\s+(?:-a\s+)?(\S+)/.exec(code.value);
	return magic?.[1];
}

/** Shell commands: a terminal's, or a notebook's `%%bash` cell when the lab runs them locally. */
export function isShell(code: Code): boolean {
	return code.lang === 'bash' || code.lang === 'sh' || code.lang === 'shell';
}

/** Whether a code block is meant to run without AWS in `npm test` (`run=local`). */
export function runsLocally(code: Code): boolean {
	return metaOptions(code.meta).get('run') === 'local';
}

/** Every code block under some nodes, in order. */
export function codeBlocksIn(nodes: RootContent[]): Code[] {
	const blocks: Code[] = [];
	for (const node of nodes) {
		visit(node, 'code', (code) => {
			blocks.push(code);
		});
	}
	return blocks;
}

/** Every heading under some nodes, in order. */
export function headingsIn(nodes: RootContent[]): Heading[] {
	const found: Heading[] = [];
	for (const node of nodes) {
		visit(node, 'heading', (heading) => {
			found.push(heading);
		});
	}
	return found;
}
