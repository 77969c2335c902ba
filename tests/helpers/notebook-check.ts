// Reads a built edition's notebooks and its pages the way a reader gets them, and checks each notebook against the
// page it was built from: valid nbformat 4 (by Debian's reference validator), Python 3.11, no outputs, every Python
// block of the lab's section on the page (in the built HTML) a code cell in the same order with the same text,
// no other code cells, and every Markdown cell's text shown on the page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { normalizeText } from '../../src/edition/normalize-text.ts';

export interface BuiltCell {
	cell_type: 'markdown' | 'code';
	id: string;
	metadata: { tags?: string[] };
	source: string[];
	outputs?: unknown[];
	execution_count?: number | null;
}

export interface BuiltNotebook {
	cells: BuiltCell[];
	metadata: { kernelspec?: { name?: string; language?: string }; language_info?: { name?: string; version?: string } };
	nbformat: number;
	nbformat_minor: number;
}

export const cellText = (cell: BuiltCell): string => cell.source.join('');

export function readNotebook(path: string): BuiltNotebook {
	return JSON.parse(readFileSync(path, 'utf8')) as BuiltNotebook;
}

/** Validates notebooks with nbformat's own validator (Debian's python3-nbformat), all in one Python process. */
export function validateWithNbformat(paths: string[]): void {
	const script = [
		'import sys, nbformat',
		'for path in sys.argv[1:]:',
		'    nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)',
		'    nbformat.validate(nb)',
		'    assert nb.nbformat == 4, path',
		'print("valid", len(sys.argv) - 1)',
	].join('\n');
	const run = spawnSync(process.env['COURSE_PYTHON'] ?? '/usr/bin/python3', ['-c', script, ...paths], {
		encoding: 'utf8',
	});
	assert.equal(run.status, 0, `nbformat rejects a notebook:\n${run.stderr}`);
}

/**
 * The elements of one H2 section of a built page: the H2's wrapper's following siblings up to the next H2; with
 * `through`, on past the later H2s up to the end of the section with that id.
 */
export function htmlSection(html: string, anchor: string, through?: string): Element[] {
	const tree: HastRoot = fromHtml(html);
	let heading: Element | undefined;
	let parentOf: Element | HastRoot | undefined;
	visit(tree, 'element', (element, _index, parent) => {
		if (element.properties['id'] === anchor && /^h[12]$/.test(element.tagName)) {
			heading = element;
			parentOf = parent as Element | HastRoot;
		}
	});
	assert.ok(heading && parentOf, `the page has no H2 with id "${anchor}"`);
	// Starlight wraps each heading with its anchor link: the section's siblings are the wrapper's.
	let start: HastContent = heading;
	let container: Element | HastRoot = parentOf;
	if (parentOf.type === 'element' && String(parentOf.properties['className'] ?? '').includes('sl-heading-wrapper')) {
		start = parentOf;
		let grand: Element | HastRoot | undefined;
		visit(tree, 'element', (element) => {
			if (element.children.includes(parentOf as Element)) grand = element;
		});
		assert.ok(grand);
		container = grand;
	}
	const siblings = container.children;
	const nodes: Element[] = [];
	let inLast = through === undefined || through === anchor;
	for (const node of siblings.slice(siblings.indexOf(start) + 1)) {
		if (node.type !== 'element') continue;
		if (isH2(node)) {
			if (inLast) break;
			inLast = h2Id(node) === through;
		}
		nodes.push(node);
	}
	assert.ok(inLast, `the page has no H2 with id "${String(through)}" after "${anchor}"`);
	return nodes;
}

/** The id of an H2, or of the H2 in Starlight's heading wrapper. */
function h2Id(element: Element): string | undefined {
	let id: string | undefined;
	visit(element, 'element', (inner) => {
		if (inner.tagName === 'h2' && typeof inner.properties['id'] === 'string') id ??= inner.properties['id'];
	});
	return id;
}

function isH2(element: Element): boolean {
	if (element.tagName === 'h2' || element.tagName === 'h1') return true;
	return String(element.properties['className'] ?? '').includes('level-h2');
}

/** The instructor notes (titles) under some elements. */
export function instructorNoteTitles(nodes: Element[]): string[] {
	const titles: string[] = [];
	for (const node of nodes) {
		visit(node, 'element', (element) => {
			if (element.tagName === 'aside' && typeof element.properties['ariaLabel'] === 'string') {
				const label = element.properties['ariaLabel'];
				if (label.startsWith('Instructor note')) titles.push(label);
			}
		});
	}
	return titles;
}

/** Each block of a Markdown cell as plain text (what a reader reads in JupyterLab). */
export function markdownBlocks(markdown: string): string[] {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
	const blocks: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			blocks.push(normalizeText(toString(node)));
			return 'skip';
		}
		return undefined;
	});
	return blocks.filter((block) => block.length > 0);
}

/** Strips the `%%writefile <path>` line the notebook adds before a file's text. */
export function withoutWritefile(code: string): string {
	return code.replace(/^%%writefile[^\n]*\n/, '');
}

/** The page's whole text as a reader sees it, normalised. */
export function pageText(html: string): string {
	// Every tab panel counts: the page shows each one when its tab is chosen (and in print).
	const tree = fromHtml(html);
	visit(tree, 'element', (element) => {
		delete element.properties['hidden'];
	});
	return normalizeText(toText(tree));
}

/** What the notebooks folder's labs.zip holds, by path. */
export function zipEntries(path: string): Map<string, string> {
	return new Map(
		Object.entries(unzipSync(new Uint8Array(readFileSync(path)))).map(([name, data]) => [name, strFromU8(data)]),
	);
}

/** A built edition's file, which must exist. */
export function builtFile(editionDir: string, path: string): string {
	const file = join(editionDir, path);
	assert.ok(existsSync(file), `${file} is missing`);
	return file;
}

/** Every code block under some elements: its language and the code its copy button copies. */
export function codeBlocks(nodes: Element[]): { language: string; code: string }[] {
	const blocks: { language: string; code: string }[] = [];
	for (const node of nodes) {
		visit(node, 'element', (element) => {
			if (element.tagName !== 'figure') return;
			let language = '';
			let code: string | undefined;
			visit(element, 'element', (inner) => {
				if (inner.tagName === 'pre') language = String(inner.properties['dataLanguage'] ?? '');
				if (inner.tagName === 'button' && typeof inner.properties['dataCode'] === 'string') {
					code = inner.properties['dataCode'].replaceAll('\u007f', '\n');
				}
			});
			if (code !== undefined) blocks.push({ language, code });
			return 'skip';
		});
	}
	return blocks;
}

function headingTexts(nodes: Element[]): string[] {
	const texts: string[] = [];
	for (const node of nodes) {
		visit(node, 'element', (element) => {
			if (/^h[3-6]$/.test(element.tagName)) texts.push(normalizeText(toText(element)));
		});
	}
	return texts;
}

/** A Markdown cell's label paragraph (`**Checkpoint**`), without "(continued)". */
const labelOf = (block: string): string => block.replace(/ \(continued\)$/, '');

export interface LabCheck {
	editionDir: string;
	instructor: boolean;
	/** The page's path under the edition (`modules/fraud-detection`). */
	slug: string;
	anchor: string;
	/** The lab's last H2, when it spans several sections. */
	through?: string | undefined;
	notebook: string;
}

/** Checks one lab's notebook against its built page; returns what it compared. */
export function checkLabNotebook({ editionDir, instructor, slug, anchor, through, notebook }: LabCheck): {
	codeCells: number;
	markdownCells: number;
	instructorNotes: number;
} {
	const path = builtFile(editionDir, `notebooks/${notebook}.ipynb`);
	const nb = readNotebook(path);
	assert.equal(nb.nbformat, 4);
	assert.equal(nb.metadata.kernelspec?.name, 'python3');
	assert.deepEqual(nb.metadata.language_info, { name: 'python', version: '3.11' });
	for (const cell of nb.cells.filter((entry) => entry.cell_type === 'code')) {
		assert.deepEqual(cell.outputs, [], `cell ${cell.id} has outputs`);
		assert.equal(cell.execution_count, null, `cell ${cell.id} has an execution count`);
	}
	const html = readFileSync(builtFile(editionDir, `${slug}/index.html`), 'utf8');
	const section = htmlSection(html, anchor, through);
	const solution = instructor && html.includes('id="solution-review"') ? htmlSection(html, 'solution-review') : [];
	const solutionNotes = solution.filter(
		(element) => element.tagName === 'aside' && String(element.properties['ariaLabel']).startsWith('Instructor note'),
	);
	const shown = [...section, ...solutionNotes];

	// The header: the lab's title and card, then the install cell.
	const [header, install, ...body] = nb.cells;
	assert.ok(header && install, 'the notebook has its header and install cells');
	assert.equal(header.cell_type, 'markdown');
	assert.equal(install.cell_type, 'code');
	assert.match(cellText(install), /^# .*\n%pip install --quiet (?:"[^"]+" ?)+$/);

	// Code: every Python block of the lab in order; files the lab writes (other languages) as shown.
	const cells = body.filter((cell) => cell.cell_type === 'code').map(cellText);
	const pageBlocks = codeBlocks(shown);
	const python = pageBlocks.filter((block) => block.language === 'python').map((block) => block.code);
	const shellCells = cells.filter((cell) => cell.startsWith('%%bash\n'));
	const pythonCells = cells.filter(
		(cell) => !shellCells.includes(cell) && (!/^%%writefile \S+\n/.test(cell) || /^%%writefile \S+\.py\n/.test(cell)),
	);
	assert.deepEqual(
		pythonCells.map(withoutWritefile),
		python.map(withoutWritefile),
		'the code cells are the Python blocks of the lab',
	);
	for (const cell of shellCells) {
		const commands = cell.slice('%%bash\n'.length);
		assert.ok(
			pageBlocks.some((block) => block.language === 'bash' && block.code === commands),
			`a %%bash cell is not a shell block of the page:\n${commands.slice(0, 200)}`,
		);
	}
	for (const cell of cells.filter((entry) => !pythonCells.includes(entry) && !shellCells.includes(entry))) {
		assert.ok(
			pageBlocks.some((block) => block.code === withoutWritefile(cell)),
			`a file cell is not a block of the page:\n${cell.slice(0, 200)}`,
		);
	}

	// Markdown: every block is text the page shows; the steps' headings are all there.
	const text = pageText(html);
	const markdown = body.filter((cell) => cell.cell_type === 'markdown');
	const notebookBlocks = markdown.flatMap((cell) => markdownBlocks(cellText(cell)));
	for (const block of [...notebookBlocks, ...markdownBlocks(cellText(header)).slice(0, 1)]) {
		const shownAs = labelOf(block).replace(/^Instructor note: /, '');
		assert.ok(text.includes(shownAs), `the notebook says what the page does not show: "${block}"`);
	}
	for (const heading of headingTexts(section)) {
		assert.ok(notebookBlocks.includes(heading), `the notebook lacks the page's heading "${heading}"`);
	}
	const checkpoints = (blocks: string[]): number => blocks.filter((block) => block === 'Checkpoint').length;
	assert.equal(
		checkpoints(notebookBlocks),
		checkpoints(
			shown.flatMap((node) => {
				const labels: string[] = [];
				visit(node, 'element', (element) => {
					if (String(element.properties['className'] ?? '').includes('starlight-aside__title')) {
						labels.push(normalizeText(toText(element)));
					}
				});
				return labels;
			}),
		),
		'every checkpoint of the page is in the notebook',
	);

	// Instructor notes: in the instructor notebook each one as its own tagged cells, in the student one none.
	const tagged = nb.cells.filter((cell) => cell.metadata.tags?.includes('instructor-note'));
	const noteLabels = markdown
		.filter((cell) => cell.metadata.tags?.includes('instructor-note'))
		.map((cell) => markdownBlocks(cellText(cell))[0] ?? '')
		.filter((label) => label.startsWith('Instructor note') && !label.endsWith('(continued)'));
	if (instructor) {
		assert.deepEqual(noteLabels, instructorNoteTitles(shown), 'each instructor note of the lab, in page order');
		assert.ok(tagged.length > 0, 'the instructor notebook holds instructor notes');
	} else {
		assert.deepEqual(tagged, [], 'the student notebook has no instructor cells');
		assert.ok(
			!readFileSync(path, 'utf8').includes('Instructor note'),
			'the student notebook never says "Instructor note"',
		);
	}
	return { codeCells: cells.length, markdownCells: markdown.length, instructorNotes: noteLabels.length };
}
