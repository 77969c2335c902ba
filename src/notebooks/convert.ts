// One lab of one edition as a Jupyter notebook, from the page's own source: its prose, steps, expected results,
// checkpoints and hints as plain Markdown cells (asides and hints become blockquotes with a bold label, links
// absolute to the edition's site), its Python blocks as code cells in page order, and a first cell that installs
// the lab's pinned packages. In the instructor edition the lab's instructor notes are their own Markdown cells,
// labelled "Instructor note: <title>", and the page's solution-review notes (with their code) follow the lab.
import type { Code, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Edition } from '../edition/edition.ts';
import { instructorDirective, slideDirective } from '../edition/remark-instructor.ts';
import { labCardList } from '../labs/card-content.ts';
import { expectDirective } from '../labs/expect.ts';
import type { Lab } from '../labs/read-labs.ts';
import { filePathOf, isPython, isShell, labNodes, parsePage, runsLocally, sectionNodes } from '../labs/source.ts';

/** The tag on every cell that comes from an instructor note (instructor edition only). */
export const instructorCellTag = 'instructor-note';

export interface NotebookCell {
	cell_type: 'markdown' | 'code';
	execution_count?: null;
	id: string;
	metadata: { tags?: string[] };
	outputs?: [];
	source: string[];
}

export interface Notebook {
	cells: NotebookCell[];
	metadata: {
		kernelspec: { display_name: string; language: string; name: string };
		language_info: { name: string; version: string };
	};
	nbformat: 4;
	nbformat_minor: 5;
}

/** A lab's own file, written by a `%%writefile` cell and shipped beside the notebook in labs.zip. */
export interface LabFile {
	path: string;
	text: string;
}

export interface ConvertOptions {
	lab: Lab;
	edition: Edition;
	/** The edition's public address with its base path, ending in `/`: `https://course.example.com/ml/`. */
	siteRoot: string;
}

/** A container the notebook shows as a blockquote with a bold label. */
interface Frame {
	label: string;
	instructor: boolean;
}

type Item = { kind: 'markdown'; node: RootContent; frames: Frame[] } | { kind: 'code'; code: Code; frames: Frame[] };

const asideLabels: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

/** The section of every page whose instructor notes hold the lab's solution (instructor edition). */
const solutionSection = 'solution-review';

export function convertLab({ lab, edition, siteRoot }: ConvertOptions): { notebook: Notebook; files: LabFile[] } {
	const { tree, source } = parsePage(lab.file, edition);
	const pageUrl = `${siteRoot}${lab.slug === '' ? '' : `${lab.slug}/`}`;
	prepare(tree, source, siteRoot, pageUrl, lab);
	const section = labNodes(tree, lab.anchor, lab.through) ?? [];
	const items: Item[] = [];
	const walk = (nodes: RootContent[], frames: Frame[]): void => {
		for (const node of nodes) collect(node, frames, items, walk, lab);
	};
	walk(section.slice(1), []);
	if (edition === 'instructor') {
		const solution = sectionNodes(tree, solutionSection) ?? [];
		walk(
			solution.filter((node) => node.type === 'containerDirective' && node.name === instructorDirective),
			[],
		);
	}

	const cells: Omit<NotebookCell, 'id'>[] = [];
	const title: Root = {
		type: 'root',
		children: [
			{ type: 'heading', depth: 1, children: [{ type: 'text', value: lab.heading }] },
			{
				type: 'paragraph',
				children: [
					{ type: 'text', value: `${lab.displayName}, ${edition} edition: ` },
					{
						type: 'link',
						url: `${pageUrl}#${lab.anchor}`,
						children: [{ type: 'text', value: 'the lab on the course site' }],
					},
					{ type: 'text', value: '.' },
				],
			},
			{
				type: 'blockquote',
				children: [
					{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Lab card' }] }] },
					labCardList(lab, `${pageUrl}${lab.card.cleanup}`),
				],
			},
		],
	};
	cells.push(markdownCell(title, []));
	cells.push(
		codeCell(
			[
				"# The course's pinned packages for this lab (Getting started, requirements.txt). Restart the kernel after this cell.",
				`%pip install --quiet ${lab.install.map((line) => `"${line}"`).join(' ')}`,
			].join('\n'),
			[],
		),
	);
	const files: LabFile[] = [];
	const seen = new Set<Frame>();
	let pending: Extract<Item, { kind: 'markdown' }>[] = [];
	const flush = (): void => {
		if (pending.length === 0) return;
		const instructor = pending[0]?.frames.some((frame) => frame.instructor) ?? false;
		cells.push(markdownCell(nest(pending, seen), instructor ? [instructorCellTag] : []));
		pending = [];
	};
	for (const item of items) {
		const instructor = noteOf(item) !== undefined;
		if (item.kind === 'code') {
			flush();
			const path = filePathOf(item.code);
			let text = item.code.value;
			if (path !== undefined) {
				const body = text.startsWith('%%writefile') ? text.slice(text.indexOf('\n') + 1) : text;
				files.push({ path, text: body.endsWith('\n') ? body : `${body}\n` });
				if (!text.startsWith('%%writefile')) text = `%%writefile ${path}\n${text}`;
			} else if (isShell(item.code)) text = `%%bash\n${text}`;
			cells.push(codeCell(text, instructor ? [instructorCellTag] : []));
			continue;
		}
		// Each instructor note is its own cells: a change of note (or from or to one) starts a new cell.
		const previous = pending.at(-1);
		if (previous && noteOf(previous) !== noteOf(item)) flush();
		pending.push(item);
	}
	flush();
	const notebook: Notebook = {
		cells: cells.map((cell, index) => ({ ...cell, id: `cell-${String(index + 1).padStart(3, '0')}` })),
		metadata: {
			kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
			language_info: { name: 'python', version: '3.11' },
		},
		nbformat: 4,
		nbformat_minor: 5,
	};
	return { notebook, files };
}

/** The instructor note an item belongs to, if any. */
function noteOf(item: Item): Frame | undefined {
	return item.frames.find((frame) => frame.instructor);
}

/** Links absolute to the edition's site; `:expect` directives as their label; other text directives as written. */
function prepare(tree: Root, source: string, siteRoot: string, pageUrl: string, lab: Lab): void {
	visit(tree, 'textDirective', (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (node.name === expectDirective) {
			parent.children.splice(index, 1, ...node.children);
			return index + node.children.length;
		}
		const { start, end } = node.position ?? {};
		parent.children[index] = { type: 'text', value: source.slice(start?.offset ?? 0, end?.offset ?? 0) };
		return undefined;
	});
	visit(tree, (node) => {
		if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
		node.url = absolute(node.url, siteRoot, pageUrl);
	});
	// Slide markers and slide-only content belong to the decks (src/slides/), never to the page or a notebook.
	visit(tree, (node, index, parent) => {
		if (!parent || index === undefined) return undefined;
		if ((node.type === 'leafDirective' || node.type === 'containerDirective') && node.name === slideDirective) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		return undefined;
	});
	visit(tree, 'leafDirective', (node) => {
		throw new Error(
			`${lab.shownFile}:${String(node.position?.start.line ?? 0)}: "::${node.name}" cannot be shown in a notebook; move it out of the lab.`,
		);
	});
}

function absolute(url: string, siteRoot: string, pageUrl: string): string {
	if (url.startsWith('#')) return `${pageUrl}${url}`;
	if (url.startsWith('/') && !url.startsWith('//')) return `${siteRoot}${url.slice(1)}`;
	return url;
}

/** Sorts one node of the lab into Markdown and code items, descending into the containers it knows. */
function collect(
	node: RootContent,
	frames: Frame[],
	items: Item[],
	walk: (nodes: RootContent[], frames: Frame[]) => void,
	lab: Lab,
): void {
	const where = `${lab.shownFile}:${String(node.position?.start.line ?? 0)}`;
	if (node.type === 'code') {
		if (isCell(node)) {
			items.push({ kind: 'code', code: node, frames });
		} else {
			// Shell commands and other listings stay readable, in the Markdown, without the author's fence options.
			items.push({ kind: 'markdown', node: { ...node, meta: null }, frames });
		}
		return;
	}
	if (node.type === 'mdxjsEsm') return;
	if (node.type === 'containerDirective') {
		walk(withoutLabel(node), [...frames, frameOf(node)]);
		return;
	}
	if (node.type === 'mdxJsxFlowElement') {
		const frame = jsxFrame(node, where);
		const children = node.children.filter((child) => !isSummary(child)) as RootContent[];
		walk(children, frame ? [...frames, frame] : frames);
		return;
	}
	if (hasCell(node)) {
		throw new Error(
			`${where}: a Python block inside a ${node.type} cannot become a notebook cell; move it out of the ${node.type}.`,
		);
	}
	inlineJsx(node, where);
	items.push({ kind: 'markdown', node, frames });
}

function frameOf(node: ContainerDirective): Frame {
	const [first] = node.children;
	const title = first?.type === 'paragraph' && first.data?.directiveLabel === true ? toString(first) : '';
	if (node.name === instructorDirective) {
		return { label: title ? `Instructor note: ${title}` : 'Instructor note', instructor: true };
	}
	return { label: title || (asideLabels[node.name] ?? node.name), instructor: false };
}

function withoutLabel(node: ContainerDirective): RootContent[] {
	const [first, ...rest] = node.children;
	return first?.type === 'paragraph' && first.data?.directiveLabel === true ? rest : node.children;
}

/** `<details><summary>Hint</summary>` and `<Aside title>` are labelled blockquotes; `<Steps>`, `<Tabs>` and `<FileTree>` pass through. */
function jsxFrame(node: MdxJsxFlowElement, where: string): Frame | undefined {
	const attribute = (name: string): string | undefined => {
		const found = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
		return typeof found?.value === 'string' ? found.value : undefined;
	};
	switch (node.name) {
		case 'details': {
			const summary = node.children.find(isSummary);
			return { label: summary ? toString(summary) : 'Details', instructor: false };
		}
		case 'TabItem':
			return { label: attribute('label') ?? 'Tab', instructor: false };
		case 'Aside':
			return { label: attribute('title') ?? asideLabels[attribute('type') ?? 'note'] ?? 'Note', instructor: false };
		// Pass through; a file tree is its Markdown list (names, with their comments after them).
		case 'Steps':
		case 'Tabs':
		case 'FileTree':
			return undefined;
		default:
			throw new Error(
				`${where}: <${node.name ?? 'fragment'}> cannot be shown in a notebook. Write the lab in Markdown, or teach src/notebooks/convert.ts this component.`,
			);
	}
}

/** `<summary>` on its own line (a flow element) or inline in a paragraph of its own, as MDX parses either. */
function isSummary(node: RootContent): boolean {
	if (node.type === 'mdxJsxFlowElement') return node.name === 'summary';
	return (
		node.type === 'paragraph' &&
		node.children.length === 1 &&
		node.children[0]?.type === 'mdxJsxTextElement' &&
		node.children[0].name === 'summary'
	);
}

/** Inline components read as their text; an inline expression cannot be shown. */
function inlineJsx(node: RootContent, where: string): void {
	visit(node, (child, index, parent) => {
		if (!parent || index === undefined) return;
		if (child.type === 'mdxTextExpression' || child.type === 'mdxFlowExpression') {
			throw new Error(`${where}: an expression ({…}) cannot be shown in a notebook; write its text.`);
		}
		if (child.type === 'mdxJsxTextElement') {
			const text = child.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === 'text');
			const replacement: PhrasingContent[] =
				typeof text?.value === 'string' ? [{ type: 'text', value: text.value }] : child.children;
			(parent.children as PhrasingContent[]).splice(index, 1, ...replacement);
			return index;
		}
		return undefined;
	});
}

/**
 * Code cells: Python, the files a lab writes, and the shell commands a lab runs locally (as `%%bash` cells, so
 * the notebook alone runs them; other shell listings are for a terminal and stay in the Markdown).
 */
function isCell(code: Code): boolean {
	return isPython(code) || filePathOf(code) !== undefined || (isShell(code) && runsLocally(code));
}

function hasCell(node: RootContent): boolean {
	let found = false;
	visit(node, 'code', (code) => {
		if (isCell(code)) found = true;
	});
	return found;
}

/** Markdown items in nested blockquotes, one per open container, each opened with its bold label. */
function nest(items: Extract<Item, { kind: 'markdown' }>[], seen: Set<Frame>): Root {
	const root: Root = { type: 'root', children: [] };
	let stack: { frame: Frame; children: RootContent[] }[] = [];
	for (const item of items) {
		let common = 0;
		while (common < stack.length && common < item.frames.length && stack[common]?.frame === item.frames[common]) {
			common += 1;
		}
		stack = stack.slice(0, common);
		for (const frame of item.frames.slice(common)) {
			const label: Paragraph = {
				type: 'paragraph',
				children: [
					{
						type: 'strong',
						children: [{ type: 'text', value: seen.has(frame) ? `${frame.label} (continued)` : frame.label }],
					},
				],
			};
			seen.add(frame);
			const quote = { type: 'blockquote' as const, children: [label] as RootContent[] };
			(stack.at(-1)?.children ?? root.children).push(quote as RootContent);
			stack.push({ frame, children: quote.children });
		}
		(stack.at(-1)?.children ?? root.children).push(item.node);
	}
	return root;
}

function markdownCell(tree: Root, tags: string[]): Omit<NotebookCell, 'id'> {
	const text = toMarkdown(tree, {
		extensions: [gfmToMarkdown()],
		bullet: '-',
		emphasis: '*',
		strong: '*',
		fences: true,
		listItemIndent: 'one',
		rule: '-',
	}).trimEnd();
	return { cell_type: 'markdown', metadata: tags.length > 0 ? { tags } : {}, source: lines(text) };
}

function codeCell(text: string, tags: string[]): Omit<NotebookCell, 'id'> {
	return {
		cell_type: 'code',
		execution_count: null,
		metadata: tags.length > 0 ? { tags } : {},
		outputs: [],
		source: lines(text.replace(/\n+$/, '')),
	};
}

/** Cell source as nbformat writes it: lines that keep their newline, the last without one. */
function lines(text: string): string[] {
	const parts = text.split('\n');
	return parts.map((line, index) => (index < parts.length - 1 ? `${line}\n` : line));
}
